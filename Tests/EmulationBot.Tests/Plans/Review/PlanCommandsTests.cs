using EmulationBot.Plans.Review;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using EmulationBot.Tests.Plans.Support;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace EmulationBot.Tests.Plans.Review;

public class PlanCommandsTests
{
    [Theory]
    [InlineData("danh sách kế hoạch")]
    [InlineData("ke hoach nao dang ap dung")]
    [InlineData("Kế hoạch nào đang áp dụng?")]
    [InlineData("list plans")]
    public async Task List_NothingPublished_SaysSo(string text)
    {
        await using var bot = OfficeBot.Create();
        var reply = Assert.Single(await bot.SendTextAsync(text, OfficeBot.Employee));
        Assert.Contains(text == "list plans" ? "No plan has been published yet." : "Chưa có kế hoạch nào được công bố.", reply.Text);
    }

    [Fact]
    public async Task List_AfterPublishing_ShowsThePlanAndOnlyTheOfficeMayEditIt()
    {
        await using var bot = OfficeBot.Create();
        await bot.Get<PlanPublisher>().PublishAsync(PlanCorpus.Parse(SamplePlans.HaTinh, SamplePlans.Bytes(SamplePlans.HaTinh)), "office", "test", CancellationToken.None);

        var employeeCard = Assert.Single(await bot.SendTextAsync("danh sach ke hoach", OfficeBot.Employee)).Card()!.Value;
        var officeCard = Assert.Single(await bot.SendTextAsync("danh sach ke hoach", OfficeBot.Office)).Card()!.Value;

        Assert.Contains("Tổ chức phong trào thi đua “Đổi mới sáng tạo, chuyển đổi số” năm 2025", CardActions.Text(employeeCard));
        Assert.Contains("125/KH-SKHCN", CardActions.Text(employeeCard));
        Assert.Empty(CardActions.Executes(employeeCard));
        Assert.Single(CardActions.Executes(officeCard));
    }

    [Fact]
    public async Task Reopen_FromTheList_SendsAReviewCardThatKeepsTheStableIds()
    {
        await using var bot = OfficeBot.Create();
        await bot.Get<PlanPublisher>().PublishAsync(PlanCorpus.Parse(SamplePlans.HaTinh, SamplePlans.Bytes(SamplePlans.HaTinh)), "office", "test", CancellationToken.None);
        var list = Assert.Single(await bot.SendTextAsync("danh sach ke hoach")).Card()!.Value;

        var (result, replies) = await bot.ExecuteAsync(PlanReviewVerbs.Reopen, CardActions.DataOf(list, PlanReviewVerbs.Reopen), OfficeBot.Office);

        Assert.Contains("Đã mở bản nháp", OfficeBot.InvokeMessage(result));
        var review = Assert.Single(replies).Card()!.Value;
        Assert.Contains("Bản sửa của kế hoạch đã công bố (lần 1)", CardActions.Text(review));
        var edited = await bot.PressAsync(review, PlanReviewVerbs.EditObligation, "o3", new() { ["due_o3"] = "tháng 8/2025" });
        await bot.PressAsync(edited, PlanReviewVerbs.Publish);
        var plan = (await bot.Get<IPlanCatalog>().GetAsync("ha-tinh-125-kh-skhcn-2025"))!;
        Assert.Equal(2, plan.Revision);
        Assert.Equal("2025-08", plan.Plan.FindObligation("o3")!.Due!.Value.ToIso());
    }

    [Fact]
    public async Task Upload_Command_ExplainsToTheOfficeAndRefusesOthers()
    {
        await using var bot = OfficeBot.Create();
        Assert.Contains("Hãy gửi tệp kế hoạch (.docx, .md hoặc .txt)", Assert.Single(await bot.SendTextAsync("gửi kế hoạch")).Text);
        Assert.Contains("chỉ Văn phòng Sở", Assert.Single(await bot.SendTextAsync("gui ke hoach", OfficeBot.Employee)).Text);
        Assert.Contains("Send the plan file", Assert.Single(await bot.SendTextAsync("publish plan")).Text);
    }

    [Fact]
    public async Task Upload_Command_DoesNotCatchQuestionsAboutSendingPlans()
    {
        await using var bot = OfficeBot.Create();
        var reply = Assert.Single(await bot.SendTextAsync("han gui ke hoach ve van phong so", OfficeBot.Employee));
        Assert.DoesNotContain("chỉ Văn phòng Sở mới gửi", reply.Text ?? "");
    }

    [Fact]
    public async Task Help_ListsThePlanTopics()
    {
        await using var bot = OfficeBot.Create();
        var text = (await bot.SendTextAsync("trợ giúp")).AllText();
        Assert.Contains("Kế hoạch đang áp dụng", text);
        Assert.Contains("Gửi kế hoạch (Văn phòng)", text);
    }

    [Fact]
    public async Task Office_ByUpnFromTheRoster_CanSendAPlan()
    {
        var upns = new Dictionary<string, string> { [OfficeBot.Employee.Id] = "vanphong@sokhcn.gov.vn" };
        await using var bot = OfficeBot.Create(settings: new() { ["Roles:Office:0"] = "VanPhong@sokhcn.gov.vn" }, configure: services =>
        {
            var recording = (IConnectorClient)services.Last(d => d.ServiceType == typeof(IConnectorClient)).ImplementationInstance!;
            var roster = new Mock<IConnectorClient>();
            roster.Setup(c => c.SendAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>())).Returns((Activity a, CancellationToken t) => recording.SendAsync(a, t));
            roster.Setup(c => c.GetMemberAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync((string _, string _, string member, CancellationToken _) =>
                    new TeamsChannelAccount { Id = member, UserPrincipalName = upns.GetValueOrDefault(member) });
            services.AddSingleton(roster.Object);
        });

        var replies = await bot.SendTextAsync(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan)), OfficeBot.Employee);

        Assert.Contains("88/KH-SKHCN", CardActions.Text(Assert.Single(replies).Card()!.Value));
    }
}
