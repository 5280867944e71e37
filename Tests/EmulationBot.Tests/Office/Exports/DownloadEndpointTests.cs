using System.Net;
using EmulationBot.Office.Exports;
using EmulationBot.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Office.Exports;

public sealed class DownloadEndpointTests : IDisposable
{
    private const string Key = "download-endpoint-test-key-0123456789";
    private readonly ManualClock _clock = new(new DateTimeOffset(2022, 5, 16, 2, 0, 0, TimeSpan.Zero));
    private readonly BotWebApplicationFactory _factory = new(settings: new Dictionary<string, string>
    {
        ["Office:LinkSigningKey"] = Key,
        ["Office:LinkLifetime"] = "01:00:00",
        ["Office:PublicBaseUrl"] = "https://bot.example.vn",
    });

    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app;

    public DownloadEndpointTests() =>
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Get_ValidLink_StreamsTheFileWithItsVietnameseName()
    {
        var (url, bytes) = await ExportAsync();

        var response = await _app.CreateClient().GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(ExportFile.Xlsx, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Danh sách đăng ký.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Get_TamperedLink_Is403_AndNeitherSignatureNorKeyIsLogged()
    {
        var (url, _) = await ExportAsync();
        var tampered = url.PathAndQuery.Replace("?exp=", "?exp=9", StringComparison.Ordinal);

        var response = await _app.CreateClient().GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var sig = url.Query.Split("sig=")[1];
        Assert.Contains(_factory.Logs.Messages, m => m.Contains("refused: Tampered", StringComparison.Ordinal));
        Assert.DoesNotContain(_factory.Logs.Messages, m => m.Contains(sig, StringComparison.Ordinal) || m.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ExpiredLink_Is410()
    {
        var (url, _) = await ExportAsync();

        _clock.Advance(TimeSpan.FromHours(1));
        var response = await _app.CreateClient().GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task Get_SignedLinkToAFileThatIsGone_Is410()
    {
        var links = _app.Services.GetRequiredService<DownloadLinks>();
        var (url, _) = links.Create("00000000000000000000000000000000");

        var response = await _app.CreateClient().GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    private async Task<(Uri Url, byte[] Bytes)> ExportAsync()
    {
        var bytes = WorkbookWriter.Write([new ExportTable("Đăng ký", [new("Họ và tên")], [["Trần Thị Bình"]])]);
        var file = await _app.Services.GetRequiredService<ExportFileStore>().SaveAsync("Danh sách đăng ký.xlsx", ExportFile.Xlsx, bytes, "test", null, CancellationToken.None);
        return (_app.Services.GetRequiredService<DownloadLinks>().Create(file.Id).Url, bytes);
    }
}
