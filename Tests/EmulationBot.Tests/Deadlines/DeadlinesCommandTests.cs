using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Tests.Support;
using EmulationBot.Text;

namespace EmulationBot.Tests.Deadlines;

public class DeadlinesCommandTests
{
    [Theory]
    [InlineData("hạn sắp tới?")]
    [InlineData("han sap toi")]
    [InlineData("tôi còn việc gì chưa nộp?")]
    [InlineData("toi con viec gi chua nop")]
    [InlineData("deadline báo cáo tổng kết")]
    [InlineData("hạn của đơn vị tôi")]
    [InlineData("việc quá hạn")]
    [InlineData("my deadlines")]
    [InlineData("Hạn sắp tới")]
    [InlineData("Deadlines")]
    public async Task PersonalPhrasings_GoToTheDeadlinesList(string text)
    {
        await using var bot = TestBot.Create();

        Assert.Equal("deadlines", bot.Get<TurnRouter>().FindCommand(new Utterance(text))?.Name);
    }

    [Theory]
    [InlineData("hạn nộp báo cáo tổng kết của Quảng Bình là khi nào?")]
    [InlineData("deadline nộp báo cáo tổng kết theo kế hoạch là ngày nào?")]
    [InlineData("kế hoạch quy định hạn nộp báo cáo sơ kết khi nào")]
    [InlineData("han nop bao cao tong ket la khi nao")]
    public async Task QuestionsAboutWhatAPlanSays_AreLeftToThePlanQnA(string text)
    {
        await using var bot = TestBot.Create();

        Assert.NotEqual("deadlines", bot.Get<TurnRouter>().FindCommand(new Utterance(text))?.Name);
    }

    [Theory]
    [InlineData("hạn nộp báo cáo là khi nào?")]
    [InlineData("đăng ký thi đua gồm những gì?")]
    [InlineData("nop bao cao cho ai")]
    [InlineData("how do I register?")]
    public async Task QuestionsWithTheFlowsWords_AreNotTakenAsRequests(string text)
    {
        await using var bot = TestBot.Create();

        Assert.DoesNotContain(bot.Get<TurnRouter>().FindCommand(new Utterance(text))?.Name, (string?[])["register", "report", "deadlines"]);
    }

    [Theory]
    [InlineData("đăng ký?", "register")]
    [InlineData("nộp báo cáo tổng kết", "report")]
    [InlineData("dang ky thi dua cho don vi", "register")]
    public async Task RequestsWithAQuestionMarkOrMoreWords_StillStartTheFlow(string text, string command)
    {
        await using var bot = TestBot.Create();

        Assert.Equal(command, bot.Get<TurnRouter>().FindCommand(new Utterance(text))?.Name);
    }

    [Fact]
    public async Task List_ForTheUsersUnit_SoonestFirst_WithDatesDaysAndStatus()
    {
        await using var world = await FlowWorld.CreateAsync();

        var replies = await world.SendAsync("hạn sắp tới?");

        var text = Assert.Single(replies).AllText();
        Assert.Contains("Việc của Phòng Quản lý khoa học", text);
        Assert.Contains("2 quá hạn · 4 chưa xong · 0 đã xong", text);
        string[] inOrder =
        [
            "Hạn 31/03/2025 · trễ 50 ngày", "Hạn 25/04/2025 · trễ 25 ngày", "Hạn 25/05/2025 · còn 5 ngày",
            "Hạn 15/06/2025 · còn 26 ngày", "Hạn 31/10/2025 · còn 164 ngày", "Hạn 30/11/2025 · còn 194 ngày",
        ];
        var positions = inOrder.Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("⚠ Quá hạn", text);
        Assert.DoesNotContain("Tổng hợp danh sách đăng ký", text);
    }

    [Fact]
    public async Task List_ShowsDone_AfterRegistering_AndAfterAColleagueReported()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var t in new[] { "đăng ký", "1", "Hoàn thành nhiệm vụ", "bỏ qua", "xác nhận" }) await world.SendAsync(t);
        foreach (var t in new[] { "nộp báo cáo", "sơ kết", "Đã hoàn thành 8/10 nhiệm vụ.", "bỏ qua", "xác nhận" }) await world.SendAsync(t, FlowWorld.Colleague);

        var text = (await world.SendAsync("han sap toi")).AllText();

        // The registration is done (and, due more than 30 days ago, no longer listed); the colleague's report counts for the unit.
        Assert.Contains("1 quá hạn · 3 chưa xong · 1 đã xong", text);
        Assert.DoesNotContain("đăng ký thi đua gửi về", text);
        Assert.Contains("✓ Đã xong", text);
        var open = (await world.SendAsync("tôi còn việc gì chưa nộp?")).AllText();
        Assert.DoesNotContain("Báo cáo sơ kết 6 tháng", open);
        Assert.Contains("Báo cáo tổng kết phong trào", open);
    }

    [Fact]
    public async Task Filters_OverdueOnly_AndOneKind()
    {
        await using var world = await FlowWorld.CreateAsync();

        var overdue = (await world.SendAsync("việc quá hạn")).AllText();
        Assert.Contains("Báo cáo tiến độ nhiệm vụ khoa học hằng tháng", overdue);
        Assert.DoesNotContain("Báo cáo tổng kết", overdue);

        var final = (await world.SendAsync("deadline báo cáo tổng kết")).AllText();
        Assert.Contains("Báo cáo tổng kết phong trào thi đua năm 2025", final);
        Assert.DoesNotContain("sơ kết", final);
    }

    [Fact]
    public async Task OfficeStaff_SeeTheOfficesOwnWork()
    {
        await using var world = await FlowWorld.CreateAsync();

        var text = (await world.SendAsync("han sap toi", FlowWorld.Office)).AllText();

        Assert.Contains("Việc của Văn phòng Sở", text);
        Assert.Contains("Tổng hợp danh sách đăng ký thi đua", text);
        Assert.DoesNotContain("Báo cáo tiến độ nhiệm vụ khoa học hằng tháng", text);
    }

    [Fact]
    public async Task UnknownUnit_IsAskedOnce_ThenTheListFollows()
    {
        await using var world = await FlowWorld.CreateAsync();

        Assert.Contains("Bạn công tác ở phòng/đơn vị nào?", (await world.SendAsync("hạn sắp tới", FlowWorld.Newcomer)).AllText());
        Assert.Contains("Việc của Phòng Kế hoạch - Tài chính", (await world.SendAsync("khtc", FlowWorld.Newcomer)).AllText());
    }

    [Fact]
    public async Task NoUnitsConfigured_ListsTheWorkOfEveryUnit()
    {
        await using var world = await FlowWorld.CreateAsync(units: false);

        var text = (await world.SendAsync("hạn sắp tới")).AllText();

        Assert.Contains("Việc của bạn", text);
        Assert.Contains("Báo cáo tổng kết", text);
        Assert.DoesNotContain("hằng tháng", text);
    }

    [Fact]
    public async Task NoPlan_SaysThereIsNothing()
    {
        await using var world = await FlowWorld.CreateAsync(plans: []);

        Assert.Contains("không có việc nào có thời hạn", (await world.SendAsync("hạn sắp tới")).AllText());
    }

    [Fact]
    public async Task InEnglish_RepliesInEnglish()
    {
        await using var world = await FlowWorld.CreateAsync();

        var text = (await world.SendAsync("my deadlines")).AllText();

        Assert.Contains("Phòng Quản lý khoa học: what is due", text);
        Assert.Contains("Due 15/06/2025 · 26 days left", text);
    }
}
