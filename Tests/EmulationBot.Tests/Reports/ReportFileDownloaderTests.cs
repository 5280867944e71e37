using System.Net;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Protocol.Connector;
using EmulationBot.Reports;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Reports;

public class ReportFileDownloaderTests
{
    private sealed class OneClient(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private static ReportFileDownloader Downloader(RecordingHttpHandler handler, ReportOptions? options = null, IBotTokenProvider? tokens = null) =>
        new(new OneClient(handler), Options.Create(options ?? new ReportOptions()), tokens ?? new FakeBotTokenProvider(), new ServiceUrlTrust(),
            NullLogger<ReportFileDownloader>.Instance);

    private static RecordingHttpHandler Serving(byte[] body, bool withLength = true)
    {
        var handler = new RecordingHttpHandler();
        handler.Responder = (_, _, _) =>
        {
            HttpContent content = withLength ? new ByteArrayContent(body) : new StreamContent(new MemoryStream(body));
            if (!withLength) content.Headers.ContentLength = null;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        };
        return handler;
    }

    [Fact]
    public async Task InlineImageOnTheTrustedConnector_GetsTheBotToken_AFileLinkDoesNot()
    {
        var handler = Serving([1, 2, 3]);
        var downloader = Downloader(handler);

        await downloader.DownloadAsync(new FileAnswer("anh.png", "https://smba.trafficmanager.net/apac/v3/attachments/x/views/original", "image/png"), "https://smba.trafficmanager.net/apac/", CancellationToken.None);
        await downloader.DownloadAsync(new FileAnswer("a.docx", "https://contoso.sharepoint.com/dl/x", "docx"), "https://smba.trafficmanager.net/apac/", CancellationToken.None);

        var requests = handler.Requests.ToList();
        Assert.StartsWith("Bearer test-token-", requests[0].Authorization);
        Assert.Null(requests[1].Authorization);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LargerThanTheLimit_IsRefused_WhetherOrNotTheSizeIsAnnounced(bool announced)
    {
        var downloader = Downloader(Serving(new byte[2048], announced), new ReportOptions { MaxFileBytes = 1024 });

        var result = await downloader.DownloadAsync(new FileAnswer("big.pdf", "https://contoso.sharepoint.com/dl/big", "pdf"), null, CancellationToken.None);

        Assert.Equal(FileDownloadError.TooLarge, result.Error);
        Assert.Null(result.Bytes);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/files/1", false, FileDownloadError.NotAllowed)]
    [InlineData("http://127.0.0.1:5000/files/1", true, null)]
    [InlineData("http://localhost/files/1", true, null)]
    [InlineData("https://192.168.1.10/files/1", true, FileDownloadError.NotAllowed)]
    public async Task Loopback_OnlyWhenAllowed_PrivateAddressesNever(string url, bool allowLoopback, FileDownloadError? error)
    {
        var downloader = Downloader(Serving([7]), new ReportOptions { AllowLoopbackDownloads = allowLoopback });

        var result = await downloader.DownloadAsync(new FileAnswer("f", url, "txt"), null, CancellationToken.None);

        Assert.Equal(error, result.Error);
    }
}
