namespace EmulationBot.Storage.Blob;

/// <summary>Where the Blob service is and how requests to it are authorized, as parsed from <c>Storage:ConnectionString</c>.</summary>
public sealed class BlobConnection
{
    /// <summary>The service endpoint (for the emulator it ends with the account name).</summary>
    public required Uri ServiceEndpoint { get; init; }

    public required string Container { get; init; }

    /// <summary>The account name; needed to sign with Shared Key, informative otherwise (may be empty for a SAS).</summary>
    public string AccountName { get; init; } = "";

    /// <summary>The decoded account key when requests are signed with Shared Key.</summary>
    public byte[]? AccountKey { get; init; }

    /// <summary>The shared access signature query (without '?') appended to every request, when a SAS is used.</summary>
    public string? Sas { get; init; }

    /// <summary>The SAS's signed expiry (<c>se</c>), to explain a 403 that an expired signature causes.</summary>
    public DateTimeOffset? SasExpiresOn { get; init; }

    public bool UsesSharedKey => AccountKey is not null;

    /// <summary>The URI of the container (no blob) or of one blob, with <paramref name="query"/> and the SAS appended.</summary>
    public Uri Uri(string? blobName, string? query)
    {
        var root = ServiceEndpoint.AbsoluteUri.TrimEnd('/');
        var path = blobName is null ? $"{root}/{Container}" : $"{root}/{Container}/{blobName}";
        var parts = new[] { query, Sas }.Where(p => !string.IsNullOrEmpty(p));
        var joined = string.Join('&', parts);
        return new Uri(joined.Length == 0 ? path : path + "?" + joined);
    }

    /// <summary>A description safe for logs and error messages: never the key or the signature.</summary>
    public string Describe() =>
        $"container '{Container}' at {ServiceEndpoint.GetLeftPart(UriPartial.Authority)}{(AccountName.Length > 0 ? $" (account '{AccountName}')" : "")}, " +
        (UsesSharedKey ? "Shared Key" : "shared access signature");
}
