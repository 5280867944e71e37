using System.Net;
using Microsoft.Extensions.Options;

namespace EmulationBot.Office.Files;

/// <summary>
/// Fetches a file someone sent the bot: https only (and loopback in Development, for the Playground and local
/// tools), never private network addresses, never more than the size allowed. No bot token is sent: Teams
/// download URLs are pre-authorised. Addresses are not logged (they may carry access codes).
/// </summary>
public sealed class FileDownloader(IHttpClientFactory clients, IOptions<OfficeOptions> options, ILogger<FileDownloader> logger, IHostEnvironment? environment = null)
{
    public const string ClientName = "office-files";

    /// <summary>The bytes, or null with the reason ("notAllowed", "tooLarge", "failed").</summary>
    public async Task<(byte[]? Bytes, string? Error)> DownloadAsync(AttachedFile file, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var uri) || !Allowed(uri)) return (null, "notAllowed");
        var limit = options.Value.MaxRosterBytes;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.RosterDownloadTimeoutSeconds));
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("File download from {Host} answered {Status}", uri.Host, (int)response.StatusCode);
                return (null, "failed");
            }
            if (response.Content.Headers.ContentLength > limit) return (null, "tooLarge");
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > limit) return (null, "tooLarge");
                buffer.Write(chunk, 0, read);
            }
            return (buffer.ToArray(), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "File download from {Host} failed", uri.Host);
            return (null, "failed");
        }
    }

    private bool Allowed(Uri uri)
    {
        if (uri.Scheme == Uri.UriSchemeHttps && !uri.IsLoopback && !IsPrivate(uri.Host)) return true;
        return environment?.IsDevelopment() == true && uri.IsLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    private static bool IsPrivate(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (!IPAddress.TryParse(host.Trim('[', ']'), out var ip)) return false;
        if (IPAddress.IsLoopback(ip) || ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6UniqueLocal) return true;
        if (ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork && !ip.IsIPv4MappedToIPv6) return false;
        var b = ip.MapToIPv4().GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254) || b[0] == 0 || b[0] == 127;
    }
}
