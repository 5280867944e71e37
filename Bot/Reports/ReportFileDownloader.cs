using System.Net;
using System.Net.Http.Headers;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reports;

/// <summary>
/// Fetches a file a user attached: Teams' pre-authorised <c>downloadUrl</c>, or an inline <c>contentUrl</c> on the
/// activity's own service URL (then with the bot's token, and only when that service URL is trusted). One pooled
/// client, https only (loopback too when <see cref="ReportOptions.AllowLoopbackDownloads"/>, for the Playground), at most <see cref="ReportOptions.MaxFileBytes"/>
/// read, a timeout. Addresses are never logged: they carry access codes.
/// </summary>
public sealed class ReportFileDownloader(
    IHttpClientFactory clients,
    IOptions<ReportOptions> options,
    IBotTokenProvider tokens,
    ServiceUrlTrust trust,
    ILogger<ReportFileDownloader> logger)
{
    public const string ClientName = "reports-download";

    public async Task<FileDownload> DownloadAsync(FileAnswer file, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var uri) || !Allowed(uri)) return new FileDownload(file.Name, null, FileDownloadError.NotAllowed);
        var limit = options.Value.MaxFileBytes;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.DownloadTimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (NeedsBotToken(uri, serviceUrl)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(timeout.Token));
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("A report file download from {Host} answered {Status}", uri.Host, (int)response.StatusCode);
                return new FileDownload(file.Name, null, FileDownloadError.Failed);
            }
            if (response.Content.Headers.ContentLength > limit) return new FileDownload(file.Name, null, FileDownloadError.TooLarge);
            return await ReadLimitedAsync(file.Name, response, limit, timeout.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or BotTokenException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "A report file download from {Host} failed", uri.Host);
            return new FileDownload(file.Name, null, FileDownloadError.Failed);
        }
    }

    private static async Task<FileDownload> ReadLimitedAsync(string name, HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return new FileDownload(name, null, FileDownloadError.TooLarge);
            buffer.Write(chunk, 0, read);
        }
        return new FileDownload(name, buffer.ToArray(), null);
    }

    /// <summary>An inline image lives on the Bot Connector and needs the bot's token; a file's downloadUrl never does.</summary>
    private bool NeedsBotToken(Uri uri, string? serviceUrl) =>
        tokens.HasCredentials && serviceUrl is not null && trust.IsTrusted(serviceUrl)
        && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service) && service.Scheme == Uri.UriSchemeHttps
        && string.Equals(service.Host, uri.Host, StringComparison.OrdinalIgnoreCase);

    private bool Allowed(Uri uri)
    {
        if (uri.Scheme == Uri.UriSchemeHttps && !uri.IsLoopback && !IsPrivateAddress(uri.Host)) return true;
        return options.Value.AllowLoopbackDownloads && uri.IsLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    /// <summary>An IP literal inside a private network is never where Teams keeps files.</summary>
    private static bool IsPrivateAddress(string host)
    {
        if (!IPAddress.TryParse(host.Trim('[', ']'), out var ip)) return false;
        if (ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6UniqueLocal) return true;
        var b = ip.MapToIPv4().GetAddressBytes();
        return ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && (b[0] is 10 or 0 or 127 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254));
    }
}
