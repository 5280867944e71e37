using EmulationBot.Deadlines;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Deadlines;

public class DeadlineButtonsTests
{
    [Fact]
    public async Task ReportNow_StartsTheReportForThatObligation()
    {
        await using var world = await FlowWorld.CreateAsync();
        var card = (await world.SendAsync("hạn sắp tới")).Cards().Single();

        var replies = (await world.Bot.SubmitAsync(CardActions.Data(card, "Nộp báo cáo"))).AllText();

        Assert.Contains("Viết tóm tắt kết quả thực hiện «Báo cáo tiến độ nhiệm vụ khoa học hằng tháng»", replies);
    }

    [Fact]
    public async Task Register_StartsTheRegistration()
    {
        await using var world = await FlowWorld.CreateAsync();
        var card = (await world.SendAsync("hạn sắp tới")).Cards().Single();

        Assert.Contains("Bạn đăng ký danh hiệu nào?", (await world.Bot.SubmitAsync(CardActions.Data(card, "Đăng ký"))).AllText());
    }

    [Fact]
    public async Task ReportNow_PressedInTheMiddleOfAnotherDialog_StartsTheReport()
    {
        await using var world = await FlowWorld.CreateAsync();
        var card = (await world.SendAsync("hạn sắp tới")).Cards().Single();
        await world.SendAsync("đăng ký");

        var replies = (await world.Bot.SubmitAsync(CardActions.Data(card, "Nộp báo cáo"))).AllText();

        Assert.Contains("Tôi đã dừng việc «đăng ký thi đua» đang làm dở", replies);
        Assert.Contains("Viết tóm tắt kết quả", replies);
    }

    [Fact]
    public async Task ListButton_PressedInTheMiddleOfAReport_ShowsTheListThenAsksAgain()
    {
        await using var world = await FlowWorld.CreateAsync();
        await world.SendAsync("nộp báo cáo");
        await world.SendAsync("sơ kết");

        var replies = (await world.Bot.SubmitAsync(new { command = "deadlines" })).AllText();

        Assert.Contains("Việc của Phòng Quản lý khoa học", replies);
        Assert.Contains("Tiếp tục nộp báo cáo", replies);
        Assert.Contains("Viết tóm tắt kết quả", replies);
    }

    [Fact]
    public async Task Done_ByActionExecute_RecordsItAndUpdatesTheCardInPlace()
    {
        await using var world = await FlowWorld.CreateAsync();
        var card = (await world.SendAsync("hạn sắp tới")).Cards().Single();
        Assert.Equal(DeadlineCards.MarkDoneVerb, CardActions.Verb(card, "Đã xong"));

        var (result, replies) = await world.Bot.ExecuteAsync(DeadlineCards.MarkDoneVerb, CardActions.Data(card, "Đã xong"), FlowWorld.Employee);

        Assert.Empty(replies);
        Assert.Equal(200, result.Status);
        var updated = result.Body!.Value.GetProperty("value");
        Assert.Contains("2 quá hạn · 3 chưa xong · 1 đã xong", updated.ToString().Replace("\\u00B7", "·"));
        var sheet = await world.Bot.Get<CompletionStore>().GetAsync("ke-hoach-thi-dua-2025", FlowWorld.Science, CancellationToken.None);
        var entry = sheet!.Entries["o3"];
        Assert.Equal((CompletionSource.Marked, FlowWorld.Employee.AadObjectId), (entry.Source, entry.By));
        Assert.Contains("1 đã xong", (await world.SendAsync("hạn sắp tới", FlowWorld.Colleague)).AllText());
    }

    [Theory]
    [InlineData("ke-hoach-thi-dua-2025", "o5")]
    [InlineData("ke-hoach-thi-dua-2025", "o999")]
    [InlineData("another-plan", "o3")]
    public async Task Done_ForgedForWorkThatIsNotTheUnits_IsRefused(string plan, string occurrence)
    {
        await using var world = await FlowWorld.CreateAsync();

        var (result, _) = await world.Bot.ExecuteAsync(DeadlineCards.MarkDoneVerb, new { plan, occurrence }, FlowWorld.Employee);

        Assert.Contains("không thuộc đơn vị của bạn", result.Body!.Value.GetProperty("value").GetString());
        Assert.Null(await world.Bot.Get<CompletionStore>().GetAsync(plan, FlowWorld.Science, CancellationToken.None));
    }

    [Fact]
    public async Task Done_ForAReport_AsksForTheReportInstead()
    {
        await using var world = await FlowWorld.CreateAsync();

        var (result, _) = await world.Bot.ExecuteAsync(DeadlineCards.MarkDoneVerb, new { plan = "ke-hoach-thi-dua-2025", occurrence = "o2" }, FlowWorld.Employee);

        Assert.Contains("cần nộp báo cáo", result.Body!.Value.GetProperty("value").GetString());
    }
}
