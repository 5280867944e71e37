using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Review;
using EmulationBot.Plans.Store;
using EmulationBot.Tests.Plans.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Plans.Review;

public class PlanReviewFlowTests
{
    private const string PlanId = "ha-tinh-125-kh-skhcn-2025";

    [Fact]
    public async Task Office_SendsFileFixesADateAndPublishes_PlanIsPublishedWithTheFix()
    {
        var files = new FakeFileServer();
        var url = files.Serve("https://contoso.sharepoint.com/sites/vp/ke-hoach-125.md?download=1", SamplePlans.Bytes(SamplePlans.HaTinh));
        await using var bot = OfficeBot.Create(files);

        var replies = await bot.SendFileAsync("ke-hoach-125.md", url);

        var card = Assert.Single(replies).Card()!.Value;
        var text = CardActions.Text(card);
        Assert.Contains("Kiểm tra kế hoạch trước khi công bố", text);
        Assert.Contains("125/KH-SKHCN", text);
        Assert.Contains("Các việc có thời hạn (11)", text);
        Assert.Contains("25/03/2025", text);
        Assert.Contains("quý II/2025", text);
        Assert.Contains("trước ngày 10 hằng tháng", text);
        Assert.Equal("25/03/2025", CardActions.InputValue(card, "due_d1"));

        var fixedCard = await bot.PressAsync(card, PlanReviewVerbs.EditObligation, "d1", new() { ["due_d1"] = "28/3/2025", ["who_d1"] = "Văn phòng Sở" });
        Assert.Contains("Đã sửa việc số 1.", CardActions.Text(fixedCard));
        Assert.Equal("28/03/2025", CardActions.InputValue(fixedCard, "due_d1"));

        var published = await bot.PressAsync(fixedCard, PlanReviewVerbs.Publish);
        Assert.Contains("Đã công bố kế hoạch", CardActions.Text(published));

        var plan = await bot.Get<IPlanCatalog>().GetAsync(PlanId);
        Assert.NotNull(plan);
        Assert.Equal(1, plan.Revision);
        Assert.Equal(PlanDate.OnDay(2025, 3, 28), plan.Plan.FindObligation("o1")!.Due);
        Assert.Equal(11, plan.Plan.Obligations.Count);
    }

    [Fact]
    public async Task Office_PastesPlanText_GetsTheReviewCard()
    {
        await using var bot = OfficeBot.Create();
        var replies = await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)));
        var text = CardActions.Text(Assert.Single(replies).Card()!.Value);
        Assert.Contains("88/KH-SKHCN", text);
        Assert.Contains("Các việc có thời hạn (7)", text);
        Assert.Contains("tháng 08/2024", text);
    }

    [Fact]
    public async Task Office_DropsAWrongTaskAndAddsAMissingOne_BothAreKept()
    {
        await using var bot = OfficeBot.Create();
        var card = Assert.Single(await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)))).Card()!.Value;

        card = await bot.PressAsync(card, PlanReviewVerbs.DropObligation, "d2");
        Assert.Contains("Đã bỏ việc: Tổ chức lấy ý kiến người dân", CardActions.Text(card));
        card = await bot.PressAsync(card, PlanReviewVerbs.AddObligation, inputs: new()
        {
            ["newWhat"] = "Gửi danh sách cán bộ một cửa",
            ["newWho"] = "Văn phòng Sở; Phòng Quản lý chuyên ngành",
            ["newDue"] = "quý III/2024",
        });
        Assert.Contains("Đã thêm việc: Gửi danh sách cán bộ một cửa", CardActions.Text(card));
        await bot.PressAsync(card, PlanReviewVerbs.Publish);

        var plan = (await bot.Get<IPlanCatalog>().GetAsync("ninh-thuan-88-kh-skhcn-2024"))!.Plan;
        Assert.Equal(7, plan.Obligations.Count);
        Assert.DoesNotContain(plan.Obligations, o => o.What.Contains("lấy ý kiến", StringComparison.Ordinal));
        var added = plan.Obligations[^1];
        Assert.Equal(PlanDate.InQuarter(2024, 3), added.Due);
        Assert.Equal(["Văn phòng Sở", "Phòng Quản lý chuyên ngành"], added.Who);
    }

    [Fact]
    public async Task Office_TypesADateTheBotCannotRead_CardSaysSoAndNothingChanges()
    {
        await using var bot = OfficeBot.Create();
        var card = Assert.Single(await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)))).Card()!.Value;

        var answer = await bot.PressAsync(card, PlanReviewVerbs.EditObligation, "d1", new() { ["due_d1"] = "sớm nhất có thể" });

        Assert.Contains("Tôi chưa đọc được thời hạn «sớm nhất có thể»", CardActions.Text(answer));
        Assert.Equal("20/06/2024", CardActions.InputValue(answer, "due_d1"));
        Assert.Equal(CardActions.DataOf(card, PlanReviewVerbs.Publish)["version"]!.ToString(), CardActions.DataOf(answer, PlanReviewVerbs.Publish)["version"]!.ToString());
    }

    [Fact]
    public async Task Office_ClicksAnOutdatedCard_GetsTheCurrentOneInstead()
    {
        await using var bot = OfficeBot.Create();
        var first = Assert.Single(await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)))).Card()!.Value;
        await bot.PressAsync(first, PlanReviewVerbs.DropObligation, "d7");

        var stale = await bot.PressAsync(first, PlanReviewVerbs.Publish);

        Assert.Contains("Bản nháp vừa được sửa ở nơi khác", CardActions.Text(stale));
        Assert.Null(await bot.Get<IPlanCatalog>().GetAsync("ninh-thuan-88-kh-skhcn-2024"));
        Assert.Contains("Các việc có thời hạn (6)", CardActions.Text(stale));
    }

    [Fact]
    public async Task Office_EditsPlanDetails_NumberAndPeriodChange()
    {
        await using var bot = OfficeBot.Create();
        var card = Assert.Single(await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)))).Card()!.Value;

        card = await bot.PressAsync(card, PlanReviewVerbs.EditInfo, inputs: new() { ["infoNumber"] = "88a/KH-SKHCN", ["infoTo"] = "15/12/2024" });
        Assert.Contains("Đã lưu thông tin chung.", CardActions.Text(card));
        await bot.PressAsync(card, PlanReviewVerbs.Publish);

        var plan = (await bot.Get<IPlanCatalog>().GetAsync("ninh-thuan-88a-kh-skhcn-2024"))!.Plan;
        Assert.Equal("88a/KH-SKHCN", plan.Identity.Number);
        Assert.Equal(PlanDate.OnDay(2024, 12, 15), plan.Period!.To);
        Assert.Equal(PlanDate.InMonth(2024, 6), plan.Period.From);
    }

    [Fact]
    public async Task Office_Discards_NothingIsPublishedAndTheDraftIsClosed()
    {
        await using var bot = OfficeBot.Create();
        var card = Assert.Single(await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)))).Card()!.Value;

        Assert.Contains("Đã hủy bản nháp", CardActions.Text(await bot.PressAsync(card, PlanReviewVerbs.Discard)));
        Assert.Contains("không còn dùng được", CardActions.Text(await bot.PressAsync(card, PlanReviewVerbs.Publish)));
        Assert.Empty(await bot.Get<IPlanCatalog>().ListPublishedAsync());
    }

    [Fact]
    public async Task Draft_SurvivesARestartBetweenClicks()
    {
        var bot = OfficeBot.Create();
        var card = Assert.Single(await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)))).Card()!.Value;
        bot = await bot.RestartAsync();

        await bot.PressAsync(card, PlanReviewVerbs.Publish);

        Assert.NotNull(await bot.Get<IPlanCatalog>().GetAsync("ninh-thuan-88-kh-skhcn-2024"));
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task Office_RepublishesACorrectedFile_EmployeesRegistrationsAndIdsAreKept()
    {
        var files = new FakeFileServer();
        await using var bot = OfficeBot.Create(files);
        var first = Assert.Single(await bot.SendFileAsync("a.md", files.Serve("https://files.example/a.md", SamplePlans.Bytes(SamplePlans.HaTinh)))).Card()!.Value;
        await bot.PressAsync(first, PlanReviewVerbs.Publish);
        await bot.Storage.WriteAsync($"commitments/{TestUser.Make(3, "C").Id}/{PlanId}", "{\"obligations\":[\"o5\"]}"u8.ToArray(), null);
        var corrected = File.ReadAllText(SamplePlans.Path(SamplePlans.HaTinh)).Replace("10/4/2025", "12/4/2025", StringComparison.Ordinal);

        var second = Assert.Single(await bot.SendFileAsync("a.md", files.Serve("https://files.example/a2.md", System.Text.Encoding.UTF8.GetBytes(corrected)))).Card()!.Value;
        Assert.Contains("Kế hoạch này đã được công bố (lần 1)", CardActions.Text(second));
        await bot.PressAsync(second, PlanReviewVerbs.Publish);

        var plan = (await bot.Get<IPlanCatalog>().GetAsync(PlanId))!;
        Assert.Equal(2, plan.Revision);
        Assert.Equal(PlanDate.OnDay(2025, 4, 12), plan.Plan.FindObligation("o5")!.Due);
        Assert.NotNull(await bot.Storage.ReadAsync($"commitments/{TestUser.Make(3, "C").Id}/{PlanId}"));
    }
}
