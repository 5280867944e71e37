using System.Net;
using EmulationBot.Plans.Review;
using EmulationBot.Plans.Store;
using EmulationBot.Tests.Plans.Support;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace EmulationBot.Tests.Plans.Review;

public class PlanUploadTests
{
    [Fact]
    public async Task Employee_SendsAPlanFile_IsRefusedPolitelyAndNothingIsDownloaded()
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files);

        var replies = await bot.SendFileAsync("kh.md", files.Serve("https://files.example/kh.md", SamplePlans.Bytes(SamplePlans.HaTinh)), OfficeBot.Employee);

        Assert.Contains("chỉ Văn phòng Sở mới gửi và công bố được kế hoạch", Assert.Single(replies).Text);
        Assert.Empty(files.Requests);
        Assert.Empty(await bot.Get<IPlanCatalog>().ListPublishedAsync());
    }

    [Fact]
    public async Task Employee_PressesPublishOnTheOfficesDraft_IsRefusedAndNothingIsPublished()
    {
        await using var bot = OfficeBot.Create();
        var card = Assert.Single(await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)))).Card()!.Value;

        var (result, _) = await bot.ExecuteAsync(PlanReviewVerbs.Publish, CardActions.DataOf(card, PlanReviewVerbs.Publish), OfficeBot.Employee);

        Assert.Contains("Chỉ Văn phòng Sở mới sửa và công bố", OfficeBot.InvokeMessage(result));
        Assert.Empty(await bot.Get<IPlanCatalog>().ListPublishedAsync());
    }

    [Fact]
    public async Task Employee_PastesLongPlanText_IsLeftToTheOtherFeatures()
    {
        await using var bot = OfficeBot.Create();
        var replies = await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)), OfficeBot.Employee);
        Assert.DoesNotContain(replies, r => r.Card() is not null && CardActions.Text(r.Card()!.Value).Contains("Kiểm tra kế hoạch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Office_PastesALongQuestionWithNumberedPoints_IsNotTreatedAsAPlan()
    {
        await using var bot = OfficeBot.Create();
        var question = string.Join('\n',
            "Anh chị cho tôi hỏi mấy điểm về kế hoạch thi đua năm nay:",
            "1. Các phòng có phải gửi kế hoạch riêng của đơn vị không, hay chỉ cần đăng ký danh hiệu?",
            "2. Báo cáo sơ kết sáu tháng gửi qua hệ thống văn bản hay gửi bản giấy về Văn phòng?",
            "3. Nếu đơn vị có sáng kiến được công nhận từ năm ngoái thì có được tính vào năm nay không?",
            "4. Ai là đầu mối ở Văn phòng để liên hệ khi cần hướng dẫn thêm về hồ sơ khen thưởng?",
            "Cảm ơn anh chị nhiều.");

        var replies = await bot.SendTextAsync(question);

        Assert.DoesNotContain("không giống một kế hoạch", replies.AllText());
        Assert.DoesNotContain(replies, r => r.Card() is { } card && CardActions.Text(card).Contains("Kiểm tra kế hoạch", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ke-hoach.pdf", "%PDF-1.7 …", "Tôi chưa đọc được tệp PDF")]
    [InlineData("ke-hoach.doc", "old word", "Tệp Word định dạng cũ (.doc)")]
    [InlineData("bien-ban.txt", "Biên bản họp giao ban.\nKhông có gì thêm.", "không giống một kế hoạch")]
    [InlineData("rong.md", "", "Tệp này không có nội dung")]
    public async Task Office_SendsAFileThatIsNotAReadablePlan_GetsAClearMessageAndNoDraft(string name, string content, string expected)
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files);
        var replies = await bot.SendFileAsync(name, files.Serve("https://files.example/" + name, System.Text.Encoding.UTF8.GetBytes(content)));
        Assert.Contains(expected, Assert.Single(replies).Text);
        Assert.Empty(await ListAsync(bot, "plan-drafts/"));
    }

    [Fact]
    public async Task Office_SendsAPicture_IsToldWithoutDownloadingIt()
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files);
        var activity = OfficeBot.Office.Message(null);
        activity.Attachments = [new EmulationBot.Protocol.Attachment { ContentType = "image/png", ContentUrl = "https://files.example/a.png", Name = "a.png" }];
        var replies = (await bot.ProcessAsync(activity)).Replies;
        Assert.Contains("tệp hình ảnh", Assert.Single(replies).Text);
        Assert.Empty(files.Requests);
    }

    [Theory]
    [InlineData("http://files.example/kh.md")]
    [InlineData("http://127.0.0.1:8080/kh.md")]
    [InlineData("https://10.1.2.3/kh.md")]
    [InlineData("file:///etc/passwd")]
    public async Task Office_FileFromAnUnsafeAddress_IsNotDownloaded(string url)
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files);
        files.Serve(url, SamplePlans.Bytes(SamplePlans.HaTinh));
        var replies = await bot.SendFileAsync("kh.md", url);
        Assert.Contains("Tôi không tải tệp từ đường dẫn này", Assert.Single(replies).Text);
        Assert.Empty(files.Requests);
    }

    [Fact]
    public async Task Office_LoopbackFileInDevelopment_IsDownloaded()
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files, configure: s => s.AddSingleton<IHostEnvironment>(new DevelopmentEnvironment()));
        var replies = await bot.SendFileAsync("kh.md", files.Serve("http://127.0.0.1:56000/kh.md", SamplePlans.Bytes(SamplePlans.HaTinh)));
        Assert.Contains("125/KH-SKHCN", CardActions.Text(Assert.Single(replies).Card()!.Value));
    }

    [Fact]
    public async Task Office_FileLargerThanTheLimit_IsRefusedBeforeReadingItAll()
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files, settings: new() { ["Plans:MaxFileBytes"] = "2048" });
        var declared = await bot.SendFileAsync("a.md", files.Serve("https://files.example/a.md", new byte[100], declaredLength: 50_000_000));
        var actual = await bot.SendFileAsync("b.md", files.Serve("https://files.example/b.md", SamplePlans.Bytes(SamplePlans.HaTinh)));
        Assert.Contains("Tệp quá lớn", Assert.Single(declared).Text);
        Assert.Contains("Tệp quá lớn", Assert.Single(actual).Text);
    }

    [Fact]
    public async Task Office_DownloadFails_IsAskedToTryAgain()
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files);
        var replies = await bot.SendFileAsync("kh.md", files.Serve("https://files.example/kh.md", [], HttpStatusCode.InternalServerError));
        Assert.Contains("Tôi chưa tải được tệp", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Office_SendsAWordFileAsAPlainAttachment_GetsTheReviewCard()
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files);
        var activity = OfficeBot.Office.Message("kế hoạch mới đây ạ");
        activity.Attachments =
        [
            new EmulationBot.Protocol.Attachment { ContentType = "text/html", Content = System.Text.Json.JsonSerializer.SerializeToElement("<p>kế hoạch mới đây ạ</p>") },
            new EmulationBot.Protocol.Attachment { ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ContentUrl = files.Serve("https://files.example/qt.docx", SamplePlans.QuangTri()), Name = "qt.docx" },
        ];
        var replies = (await bot.ProcessAsync(activity)).Replies;
        var text = CardActions.Text(Assert.Single(replies).Card()!.Value);
        Assert.Contains("47/KH-SKHCN", text);
        Assert.Contains("quý IV/2024", text);
    }

    private static async Task<List<string>> ListAsync(TestBot bot, string prefix)
    {
        var keys = new List<string>();
        await foreach (var key in bot.Storage.ListAsync(prefix)) keys.Add(key);
        return keys;
    }

    private sealed class DevelopmentEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "EmulationBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
