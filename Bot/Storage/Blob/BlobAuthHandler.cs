using System.Globalization;

namespace EmulationBot.Storage.Blob;

/// <summary>Stamps every Blob request with the service version and date, and signs it when Shared Key is used.</summary>
/// <remarks>It runs once per attempt, so a retried request is signed again with a fresh date.</remarks>
public sealed class BlobAuthHandler(BlobConnection connection, TimeProvider time) : DelegatingHandler
{
    public const string ServiceVersion = "2023-11-03";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("x-ms-date");
        request.Headers.Remove("x-ms-version");
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("x-ms-version", ServiceVersion);
        request.Headers.TryAddWithoutValidation("x-ms-date", time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        if (connection.AccountKey is { } key)
        {
            request.Headers.TryAddWithoutValidation("Authorization", SharedKeySigner.AuthorizationHeader(request, connection.AccountName, key));
        }
        return base.SendAsync(request, cancellationToken);
    }
}
