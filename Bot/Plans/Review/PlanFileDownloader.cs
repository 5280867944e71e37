using System.Net;
using Microsoft.Extensions.Options;

namespace EmulationBot.Plans.Review;

/// <summary>
/// Fetches an attached plan file with a pooled client, only from https addresses (in Development also from loopback,
/// for local tools), never more than <see cref="PlanOptions.MaxFileBytes"/>. No bot token is sent: Teams download
/// URLs are pre-authorised. Addresses are not logged, as they may carry access codes.
/// </summary>
public sealed class PlanFileDownloader(IHttpClientFactory clients, IOptions<PlanOptions> options, ILogger<PlanFileDownloader> logger, IHostEnvironment? environment = null)
{
    public const string ClientName = "plans-download";

    public async Task<PlanDownload> DownloadAsync(PlanAttachments.FileAttachment file, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var uri) || !Allowed(uri)) return new PlanDownload(file.Name, null, PlanDownloadError.NotAllowed);
        var limit = options.Value.MaxFileBytes;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.DownloadTimeoutSeconds));
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Plan download from {Host} answered {Status}", uri.Host, (int)response.StatusCode);
                return new PlanDownload(file.Name, null, PlanDownloadError.Failed);
            }
            if (response.Content.Headers.ContentLength > limit) return new PlanDownload(file.Name, null, PlanDownloadError.TooLarge);
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > limit) return new PlanDownload(file.Name, null, PlanDownloadError.TooLarge);
                buffer.Write(chunk, 0, read);
            }
            return new PlanDownload(file.Name, buffer.ToArray(), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "Plan download from {Host} failed", uri.Host);
            return new PlanDownload(file.Name, null, PlanDownloadError.Failed);
        }
    }

    private bool Allowed(Uri uri)
    {
        if (uri.Scheme == Uri.UriSchemeHttps && !uri.IsLoopback && !IsPrivateAddress(uri.Host)) return true;
        return environment?.IsDevelopment() == true && uri.IsLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    /// <summary>An address literal inside a private network: not a place Teams stores files.</summary>
    private static bool IsPrivateAddress(string host)
    {
        if (!IPAddress.TryParse(host.Trim('[', ']'), out var ip)) return false;
        if (ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6UniqueLocal) return true;
        var b = ip.MapToIPv4().GetAddressBytes();
        return ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && (b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254) || b[0] == 0);
    }
}
