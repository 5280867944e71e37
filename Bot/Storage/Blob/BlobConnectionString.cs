using System.Net;

namespace EmulationBot.Storage.Blob;

/// <summary>Parses <c>Storage:ConnectionString</c>: an Azure Storage connection string, a SAS URL, or the emulator shortcut.</summary>
/// <remarks>
/// Every problem is a <see cref="StorageConfigurationException"/> that names the setting and never repeats the key or
/// the signature. Keys of other services (QueueEndpoint, TableEndpoint…) are ignored.
/// </remarks>
public static class BlobConnectionString
{
    public const string Setting = "Storage:ConnectionString";

    /// <summary>The development storage account's documented, public key (Azurite and the old emulator).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    public const string DevelopmentAccountName = "devstoreaccount1";

    public static BlobConnection Parse(string? value, string container)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid("it is empty. Set it to an Azure Storage connection string, a container SAS URL, or UseDevelopmentStorage=true");
        }
        var text = value.Trim();
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return BlobSasUrl.Parse(text, container);
        }
        var pairs = Split(text);
        var name = Get(pairs, "AccountName");
        var key = Get(pairs, "AccountKey");
        var sas = Get(pairs, "SharedAccessSignature")?.TrimStart('?');

        if (Get(pairs, "UseDevelopmentStorage") is { } dev)
        {
            if (!bool.TryParse(dev, out var useDev)) throw Invalid("UseDevelopmentStorage must be true or false");
            if (useDev)
            {
                if (Get(pairs, "DevelopmentStorageProxyUri") is not null) throw Invalid("DevelopmentStorageProxyUri is not supported");
                name = DevelopmentAccountName;
                key = DevelopmentAccountKey;
                pairs.TryAdd("BlobEndpoint", $"http://127.0.0.1:10000/{DevelopmentAccountName}");
            }
        }

        var endpoint = Get(pairs, "BlobEndpoint") is { } blobEndpoint ? ParseEndpoint(blobEndpoint) : DefaultEndpoint(pairs, name);
        if (key is not null)
        {
            if (string.IsNullOrEmpty(name)) throw Invalid("AccountKey is set but AccountName is missing");
            return new BlobConnection
            {
                ServiceEndpoint = endpoint,
                Container = BlobContainerName.Validate(container),
                AccountName = name,
                AccountKey = DecodeKey(key),
            };
        }
        if (!string.IsNullOrEmpty(sas))
        {
            return new BlobConnection
            {
                ServiceEndpoint = endpoint,
                Container = BlobContainerName.Validate(container),
                AccountName = name ?? "",
                Sas = BlobSasUrl.RequireSignature(sas),
                SasExpiresOn = BlobSasUrl.ExpiryOf(sas),
            };
        }
        throw Invalid("it has neither AccountKey nor SharedAccessSignature");
    }

    internal static StorageConfigurationException Invalid(string problem) =>
        new($"{Setting} is not valid: {problem}.");

    private static Dictionary<string, string?> Split(string text)
    {
        var pairs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var segments = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var equals = segments[i].IndexOf('=');
            // The segment itself is not quoted: a value without its name could be a pasted key.
            if (equals <= 0) throw Invalid($"part {i + 1} is not of the form Name=Value");
            pairs[segments[i][..equals].Trim()] = segments[i][(equals + 1)..].Trim();
        }
        return pairs;
    }

    private static string? Get(Dictionary<string, string?> pairs, string name) =>
        pairs.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    private static Uri DefaultEndpoint(Dictionary<string, string?> pairs, string? name)
    {
        if (string.IsNullOrEmpty(name)) throw Invalid("it needs AccountName (or BlobEndpoint)");
        var protocol = (Get(pairs, "DefaultEndpointsProtocol") ?? "https").ToLowerInvariant();
        if (protocol is not ("http" or "https")) throw Invalid("DefaultEndpointsProtocol must be http or https");
        var suffix = Get(pairs, "EndpointSuffix") ?? "core.windows.net";
        return ParseEndpoint($"{protocol}://{name.ToLowerInvariant()}.blob.{suffix}");
    }

    private static Uri ParseEndpoint(string value)
    {
        if (!System.Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query))
        {
            throw Invalid("the blob endpoint is not an http(s) URL without a query");
        }
        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    private static byte[] DecodeKey(string key)
    {
        var bytes = new byte[key.Length];
        if (!Convert.TryFromBase64String(key, bytes, out var length) || length == 0) throw Invalid("AccountKey is not valid base64");
        return bytes[..length];
    }

    /// <summary>True for hosts that address the account in the path (the emulator), not in the host name.</summary>
    internal static bool IsPathStyle(Uri uri) =>
        IPAddress.TryParse(uri.Host, out _) || uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
}
