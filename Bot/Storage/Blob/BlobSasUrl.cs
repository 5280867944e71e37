using System.Globalization;

namespace EmulationBot.Storage.Blob;

/// <summary>Reads a container (or account) SAS URL, and the parts of a SAS token the store needs: signature and expiry.</summary>
public static class BlobSasUrl
{
    /// <summary>
    /// <c>https://account.blob.core.windows.net/container?sv=…&amp;sig=…</c> (or the emulator's
    /// <c>http://127.0.0.1:10000/account/container?…</c>). A container in the URL wins over <c>Storage:Container</c>;
    /// an account SAS URL has none and uses the configured container.
    /// </summary>
    public static BlobConnection Parse(string url, string container)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw BlobConnectionString.Invalid("the SAS URL is not an absolute http(s) URL");
        }
        var sas = RequireSignature(uri.Query.TrimStart('?'));
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pathStyle = BlobConnectionString.IsPathStyle(uri);
        var account = pathStyle ? segments.FirstOrDefault() ?? "" : uri.Host.Split('.')[0];
        var rest = pathStyle ? segments.Skip(1).ToArray() : segments;
        if (pathStyle && account.Length == 0) throw BlobConnectionString.Invalid("the emulator SAS URL has no account name in its path");
        if (rest.Length > 1) throw BlobConnectionString.Invalid("the SAS URL points to a blob; give a container or account SAS URL");

        var authority = uri.GetLeftPart(UriPartial.Authority);
        return new BlobConnection
        {
            ServiceEndpoint = new Uri(pathStyle ? $"{authority}/{account}" : authority),
            Container = BlobContainerName.Validate(rest.Length == 1 ? Uri.UnescapeDataString(rest[0]) : container),
            AccountName = account,
            Sas = sas,
            SasExpiresOn = ExpiryOf(sas),
        };
    }

    /// <summary>The token itself when it carries a signature (<c>sig</c>); a URL without one is a configuration error.</summary>
    public static string RequireSignature(string sas)
    {
        if (string.IsNullOrEmpty(Parameter(sas, "sig"))) throw BlobConnectionString.Invalid("the shared access signature has no signature (sig)");
        return sas;
    }

    /// <summary>The signed expiry (<c>se</c>) of a SAS token, when it has a readable one.</summary>
    public static DateTimeOffset? ExpiryOf(string sas) =>
        Parameter(sas, "se") is { } se && DateTimeOffset.TryParse(se, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expiry) ? expiry : null;

    private static string? Parameter(string query, string name)
    {
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            var key = equals < 0 ? part : part[..equals];
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase)) return equals < 0 ? "" : Uri.UnescapeDataString(part[(equals + 1)..]);
        }
        return null;
    }
}
