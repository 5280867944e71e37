using EmulationBot.Commitments;
using EmulationBot.Office.Audit;
using EmulationBot.Office.Records;
using EmulationBot.Reports;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Office.Review;

public class ReviewFlowTests
{
    [Fact]
    public async Task UnitHead_ApprovesAnEmployeeRegistration_TheEmployeeIsToldInTheirChat()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);

        var queue = await Reviewing.QueueAsync(world, FlowWorld.Head);
        var (item, who) = Assert.Single(Reviewing.Items(queue));
        var (opened, _) = await world.Bot.ExecuteAsync("office.review.open", new { plan = FlowSteps.Plan, item }, FlowWorld.Head);
        world.Clock.Advance(TimeSpan.FromMinutes(10));
        var (approved, sent) = await world.Bot.ExecuteAsync("office.review.approve", CardActions.Data(opened.Card(), "Duyệt"), FlowWorld.Head);

        Assert.Equal("Nguyễn Văn An", who);
        Assert.Contains("Hoàn thành 100% nhiệm vụ được giao", opened.Text());
        Assert.Contains("Đã duyệt; Nguyễn Văn An đã được báo.", approved.Text());
        var told = Assert.Single(sent, a => a.Conversation?.Id == FlowWorld.Employee.ConversationId);
        Assert.Contains("Trần Thị Bình đã duyệt bản đăng ký", told.AllText());
        var commitment = Assert.Single(await Commitments(world));
        Assert.Equal((CommitmentStatus.Approved, "Trần Thị Bình"), (commitment.Status, commitment.ReviewedBy));
        Assert.Equal(AuditAction.Approved, (await world.Bot.Get<IAuditLog>().LatestAsync(1)).Single().Action);
        Assert.Equal([(AuditAction.Registered, "Nguyễn Văn An"), (AuditAction.Approved, "Trần Thị Bình")],
            commitment.History.Select(l => (l.Action, l.ActorName!)));
    }

    [Fact]
    public async Task Return_WithoutAReason_AsksForOne_WithAReason_TheEmployeeSeesItAndCanFixIt()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        var (item, _) = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Head)).Single();

        var (noReason, _) = await world.Bot.ExecuteAsync("office.review.return", new { plan = FlowSteps.Plan, item, reason = "  " }, FlowWorld.Head);
        var (returned, sent) = await world.Bot.ExecuteAsync("office.review.return", new { plan = FlowSteps.Plan, item, reason = "Cần ghi rõ chỉ tiêu về sáng kiến" }, FlowWorld.Head);

        Assert.Contains("Vui lòng ghi lý do trả lại", noReason.Text());
        Assert.Contains("Đã trả lại", returned.Text());
        var told = sent.Single(a => a.Conversation?.Id == FlowWorld.Employee.ConversationId);
        Assert.Contains("Lý do: Cần ghi rõ chỉ tiêu về sáng kiến", told.AllText());
        Assert.Contains("Xem và sửa đăng ký", CardActions.Titles(told.Card()!.Value));
        Assert.Equal("commitment-edit", CardActions.Data(told.Card()!.Value, "Xem và sửa đăng ký")["command"]!.GetValue<string>());
        var commitment = Assert.Single(await Commitments(world));
        Assert.Equal((CommitmentStatus.Returned, "Cần ghi rõ chỉ tiêu về sáng kiến"), (commitment.Status, commitment.ReturnReason));
        var details = (await world.SendAsync($"xem {commitment.Number}", FlowWorld.Employee)).AllText();
        Assert.Contains("Trả lại để sửa", details);
        Assert.Contains("Cần ghi rõ chỉ tiêu về sáng kiến", details);
    }

    [Fact]
    public async Task Decide_Twice_SaysItWasHandled()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        var (item, _) = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Head)).Single();
        await world.Bot.ExecuteAsync("office.review.approve", new { plan = FlowSteps.Plan, item }, FlowWorld.Head);

        var (again, sent) = await world.Bot.ExecuteAsync("office.review.return", new { plan = FlowSteps.Plan, item, reason = "muộn" }, FlowWorld.Head);

        Assert.Contains("Việc này đã được xử lý", again.Text());
        Assert.Empty(sent);
        Assert.Equal(CommitmentStatus.Approved, (await Commitments(world)).Single().Status);
    }

    [Fact]
    public async Task Office_ReviewsCollectiveRegistrationsAndReports_NotTheHeadsIndividualOnes()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        await FlowSteps.RegisterUnitAsync(world, FlowWorld.Head);
        await FlowSteps.SubmitMidYearReportAsync(world, FlowWorld.Colleague);

        var items = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Office));

        Assert.Equal(["Phòng Quản lý khoa học (tập thể)", "Phòng Quản lý khoa học"], items.Select(i => i.Who));
        var individual = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Head)).Single().Id;
        var (refused, _) = await world.Bot.ExecuteAsync("office.review.approve", new { plan = FlowSteps.Plan, item = individual }, FlowWorld.Office);
        Assert.Contains("nằm ngoài phạm vi", refused.Text());
        Assert.Equal(CommitmentStatus.Submitted, (await Commitments(world)).Single(c => c.Kind == CommitmentKind.Individual).Status);
    }

    [Fact]
    public async Task Office_ReturnsAReport_TheSubmitterIsToldAndANewVersionIsWaitingAgain()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.SubmitMidYearReportAsync(world, FlowWorld.Colleague);
        var (item, _) = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Office)).Single();

        var (returned, sent) = await world.Bot.ExecuteAsync("office.review.return", new { plan = FlowSteps.Plan, item, reason = "Thiếu số liệu quý II" }, FlowWorld.Office);

        Assert.Contains("Đã trả lại; Phạm Thị Dung đã được báo", returned.Text());
        Assert.Contains("Thiếu số liệu quý II", sent.Single(a => a.Conversation?.Id == FlowWorld.Colleague.ConversationId).AllText());
        var report = (await world.Bot.Get<PlanRecords>().LatestReportsAsync(FlowSteps.Plan, null, CancellationToken.None)).Single().Report;
        Assert.Equal((ReportStatus.Returned, "Lê Văn Cường"), (report.Status, report.ReviewedBy));
        Assert.Empty(Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Office)));

        await FlowSteps.ResubmitMidYearReportAsync(world, FlowWorld.Colleague);
        var waiting = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Office)).Single();
        Assert.EndsWith("/v002", waiting.Id);
    }

    [Fact]
    public async Task Forward_Office_GetsTheApprovedListAsLinks()
    {
        await using var world = await FlowWorld.CreateAsync(settings: ExportLinks.Settings());
        await FlowSteps.RegisterUnitAsync(world, FlowWorld.Head);
        var (item, _) = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Office)).Single();
        await world.Bot.ExecuteAsync("office.review.approve", new { plan = FlowSteps.Plan, item }, FlowWorld.Office);
        world.Clock.Advance(TimeSpan.FromMinutes(10));

        var (_, sent) = await world.Bot.ExecuteAsync("office.review.forward", new { plan = FlowSteps.Plan }, FlowWorld.Office);

        var files = await ExportLinks.FilesAsync(world.Bot, sent.Single().Card()!.Value);
        Assert.Contains(files.Keys, n => n.EndsWith("danh sách đã duyệt.xlsx", StringComparison.Ordinal));
        Assert.Equal(AuditAction.Forwarded, (await world.Bot.Get<IAuditLog>().LatestAsync(1)).Single().Action);
    }

    private static async Task<List<Commitment>> Commitments(FlowWorld world) =>
        (await world.Bot.Get<PlanRecords>().CommitmentsAsync(FlowSteps.Plan, null, CancellationToken.None)).Select(k => k.Commitment).ToList();
}
