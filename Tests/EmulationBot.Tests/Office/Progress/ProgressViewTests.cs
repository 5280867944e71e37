using EmulationBot.Office.Progress;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Office.Progress;

public class ProgressViewTests
{
    [Fact]
    public async Task Progress_Office_SeesEveryUnitWithRegistrationsAndWork()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        await FlowSteps.SubmitMidYearReportAsync(world, FlowWorld.Colleague);

        var text = (await world.SendAsync("tiến độ thi đua", FlowWorld.Office)).AllText();

        Assert.Contains("Tiến độ thi đua theo đơn vị", text);
        Assert.Contains("Tính đến 20/05/2025 · tất cả đơn vị", text);
        Assert.Contains("Phòng Quản lý khoa học", text);
        Assert.Contains("Phòng Kế hoạch - Tài chính", text);
        Assert.Contains("Đăng ký: 1/3 người · tập thể: chưa", text);
    }

    [Fact]
    public async Task DrillDown_Office_NamesWhoRegisteredAndTheStateOfEachTask()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        await FlowSteps.SubmitMidYearReportAsync(world, FlowWorld.Colleague);

        var (result, _) = await world.Bot.ExecuteAsync(ProgressActions.UnitVerb, new { plan = FlowSteps.Plan, unit = FlowWorld.Science }, FlowWorld.Office);

        var text = result.Text();
        Assert.Contains("Nguyễn Văn An", text);
        Assert.Contains("Lao động tiên tiến — Chờ duyệt", text);
        Assert.Contains("Quá hạn, chưa gửi", text);
        Assert.Contains("Đã xong (Phạm Thị Dung, 20/05/2025)", text);
        Assert.Contains("Quá hạn 50 ngày (hạn 31/03/2025)", text);
        Assert.Contains("Còn 5 ngày (hạn 25/05/2025)", text);
        Assert.Contains("Nhắc ngay", CardActions.Titles(result.Card()));
    }

    [Fact]
    public async Task Progress_UnitHead_GetsTheirOwnUnitOnly()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);

        var replies = await world.SendAsync("tien do", FlowWorld.Head);

        var text = replies.AllText();
        Assert.Contains("Phòng Quản lý khoa học", text);
        Assert.Contains("Nguyễn Văn An", text);
        Assert.DoesNotContain("Phòng Kế hoạch - Tài chính", text);
        Assert.DoesNotContain("Lê Văn Cường", text);
        Assert.DoesNotContain("Tất cả đơn vị", CardActions.Titles(replies.Cards().Single()));
    }

    [Fact]
    public async Task Progress_SeveralPlans_AsksWhichOne()
    {
        await using var world = await FlowWorld.CreateAsync(plans: [FlowWorld.Plan2025(), FlowWorld.Plan2025("ke-hoach-chuyen-doi-so", "Kế hoạch thi đua chuyển đổi số")]);

        var replies = await world.SendAsync("tiến độ", FlowWorld.Office);
        var (chosen, _) = await world.Bot.ExecuteAsync(ProgressActions.OverviewVerb, new { plan = "ke-hoach-chuyen-doi-so" }, FlowWorld.Office);

        Assert.Contains("Bạn muốn xem kế hoạch nào?", replies.AllText());
        Assert.Contains("Kế hoạch thi đua chuyển đổi số", chosen.Text());
        Assert.Contains("Tiến độ thi đua theo đơn vị", chosen.Text());
    }
}
