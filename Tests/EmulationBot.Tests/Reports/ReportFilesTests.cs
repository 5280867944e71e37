using System.Net;
using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Reports;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Reports;

public class ReportFilesTests
{
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6];

    private static async Task<(FlowWorld World, RecordingHttpHandler Files)> StartAsync(Func<RecordedRequest, HttpResponseMessage>? answer = null, long? maxBytes = null)
    {
        var files = new RecordingHttpHandler();
        files.Responder = (request, _, _) => Task.FromResult(answer?.Invoke(request) ?? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Docx) });
        var settings = maxBytes is { } max ? new Dictionary<string, string?> { ["Reports:MaxFileBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture) } : null;
        var world = await FlowWorld.CreateAsync(settings: settings, configure: s => s.AddHttpClient(ReportFileDownloader.ClientName).ConfigurePrimaryHttpMessageHandler(() => files));
        foreach (var text in ReportDialogTests.HappyPath[..3]) await world.SendAsync(text);
        return (world, files);
    }

    private static Task<(TurnResult, List<Activity>)> AttachAsync(FlowWorld world, string name, string url)
    {
        var activity = FlowWorld.Employee.Message(null);
        activity.Attachments =
        [
            new Attachment
            {
                ContentType = Attachment.TeamsFileDownloadInfo,
                Name = name,
                Content = JsonSerializer.SerializeToElement(new { downloadUrl = url, uniqueId = "f1", fileType = "docx" }),
            },
        ];
        return world.Bot.ProcessAsync(activity);
    }

    [Fact]
    public async Task AttachedFile_IsDownloadedAtSubmission_AndStoredUnderItsOwnKey()
    {
        var (world, files) = await StartAsync();
        await using var _ = world;

        var (_, review) = await AttachAsync(world, "bao-cao-so-ket.docx", "https://contoso.sharepoint.com/dl/abc?tempauth=secret");
        Assert.Contains("bao-cao-so-ket.docx", review.AllText());
        Assert.Empty(files.Requests);
        Assert.Contains("Đã nhận báo cáo", (await world.SendAsync("xác nhận")).AllText());

        var request = Assert.Single(files.Requests);
        Assert.Null(request.Authorization);
        var report = (await world.Storage.ReadAsync<Report>((await world.UserStateAsync()).Reports.Single().Key))!.Value;
        var file = Assert.Single(report.Files);
        Assert.Equal(("bao-cao-so-ket.docx", Docx.Length), (file.Name, (int)file.Size));
        Assert.Equal(Docx, (await world.Storage.ReadAsync(file.Key))!.Content.ToArray());
    }

    [Fact]
    public async Task FileTooLarge_NothingIsSubmitted_AndTheFileIsAskedForAgain()
    {
        var (world, _) = await StartAsync(maxBytes: 5);
        await using var _w = world;
        await AttachAsync(world, "lon-qua.docx", "https://contoso.sharepoint.com/dl/big");

        var replies = (await world.SendAsync("xác nhận")).AllText();

        Assert.Contains("Tệp «lon-qua.docx» lớn hơn", replies);
        Assert.Contains("Báo cáo chưa được nộp", replies);
        Assert.Empty(await world.Storage.ListAsync(ReportKeys.Prefix).ToListAsync());
        Assert.Empty(await world.Storage.ListAsync("report-files/").ToListAsync());
        Assert.Contains("Kiểm tra lại báo cáo", (await world.SendAsync("bỏ qua")).AllText());
        Assert.Contains("Đã nhận báo cáo", (await world.SendAsync("xác nhận")).AllText());
    }

    [Fact]
    public async Task DownloadFails_SaysSo_AndLetsTheUserSendItAgain()
    {
        var (world, _) = await StartAsync(_ => new HttpResponseMessage(HttpStatusCode.Forbidden));
        await using var _w = world;
        await AttachAsync(world, "bao-cao.docx", "https://contoso.sharepoint.com/dl/expired");

        Assert.Contains("Tôi chưa tải được tệp «bao-cao.docx»", (await world.SendAsync("xác nhận")).AllText());
        Assert.Empty((await world.UserStateAsync()).Reports);
    }

    [Theory]
    [InlineData("http://contoso.sharepoint.com/dl/plain-http")]
    [InlineData("https://10.0.0.5/dl/private")]
    [InlineData("file:///etc/passwd")]
    public async Task FileAtAnAddressTeamsNeverUses_IsNotFetched(string url)
    {
        var (world, files) = await StartAsync();
        await using var _w = world;
        await AttachAsync(world, "bao-cao.docx", url);

        Assert.Contains("Tôi không tải được tệp «bao-cao.docx» từ địa chỉ này", (await world.SendAsync("xác nhận")).AllText());
        Assert.Empty(files.Requests);
    }

    [Fact]
    public async Task TextInsteadOfAFile_IsAskedAgain()
    {
        var (world, _) = await StartAsync();
        await using var _w = world;

        Assert.Contains("Tôi chưa nhận được tệp nào", (await world.SendAsync("tệp ở email")).AllText());
    }
}
