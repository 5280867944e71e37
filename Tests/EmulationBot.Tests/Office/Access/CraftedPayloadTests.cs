using EmulationBot.Commitments;
using EmulationBot.Office.Records;
using EmulationBot.Roles;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;
using EmulationBot.Units;

namespace EmulationBot.Tests.Office.Access;

/// <summary>Card data and invokes crafted by hand: other users' ids, other units, other plans, roles in the data — none of it counts.</summary>
public class CraftedPayloadTests
{
    private static readonly TestUser OtherHead = TestUser.Make(6, "Vũ Minh Đức");

    private static async Task<FlowWorld> WorldAsync()
    {
        var world = await FlowWorld.CreateAsync(settings: ExportLinks.Settings());
        await world.Bot.Get<UnitDirectoryStore>().UpdateAsync(d => d.WithMember(new Member
        {
            Key = OtherHead.AadObjectId, Name = OtherHead.Name, AadObjectId = OtherHead.AadObjectId, UnitId = FlowWorld.Finance, Role = Role.UnitHead,
        }), CancellationToken.None);
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        return world;
    }

    [Theory]
    [InlineData("office.progress.unit")]
    [InlineData("office.unit.open")]
    [InlineData("office.export.unitlist")]
    public async Task UnitHead_AskingForAnotherUnit_IsRefusedAndSeesNoName(string verb)
    {
        await using var world = await WorldAsync();

        var (result, sent) = await world.Bot.ExecuteAsync(verb, new { plan = FlowSteps.Plan, unit = FlowWorld.Science }, OtherHead);

        var text = result.Text() + sent.AllText();
        Assert.Contains("nằm ngoài phạm vi của bạn", text);
        Assert.DoesNotContain("Nguyễn Văn An", text);
        Assert.DoesNotContain("api/office/files", text);
    }

    [Theory]
    [InlineData("office.progress", "office-progress")]
    [InlineData("office.progress.unit", "office-progress")]
    [InlineData("office.review", "office-review")]
    [InlineData("office.export", "office-export")]
    [InlineData("office.audit", "office-audit")]
    [InlineData("office.units", "office-units")]
    public async Task Employee_WithTheirOwnUnitInTheData_SeesNothing_ByInvokeOrSubmit(string verb, string command)
    {
        await using var world = await WorldAsync();
        var forged = new { command, plan = FlowSteps.Plan, unit = FlowWorld.Science, user = FlowWorld.Office.Id, aadObjectId = FlowWorld.Office.AadObjectId, role = "Office" };

        var (invoke, invokeSent) = await world.Bot.ExecuteAsync(verb, forged, FlowWorld.Colleague);
        var submitted = await world.Bot.SubmitAsync(forged, FlowWorld.Colleague);

        foreach (var text in new[] { invoke.Text() + invokeSent.AllText(), submitted.AllText() })
        {
            Assert.Contains("dành cho Văn phòng Sở và lãnh đạo các đơn vị", text);
            Assert.DoesNotContain("Nguyễn Văn An", text);
        }
    }

    [Fact]
    public async Task UnitHead_ApprovingAnotherUnitsRegistration_ItIsAsIfItDidNotExist()
    {
        await using var world = await WorldAsync();
        var item = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Head)).Single().Id;

        var (approve, sent) = await world.Bot.ExecuteAsync("office.review.approve", new { plan = FlowSteps.Plan, item }, OtherHead);
        var (open, _) = await world.Bot.ExecuteAsync("office.review.open", new { plan = FlowSteps.Plan, item }, OtherHead);
        var (form, formSent) = await world.Bot.ExecuteAsync("office.export.form", new { plan = FlowSteps.Plan, item }, OtherHead);

        Assert.All([approve.Text(), open.Text(), form.Text()], t => Assert.Contains("Việc này không còn", t));
        Assert.Empty(sent);
        Assert.Empty(formSent);
        Assert.Equal(CommitmentStatus.Submitted, (await Commitments(world)).Single().Status);
    }

    [Theory]
    [InlineData("c:commitments/ke-hoach-thi-dua-2025/../../directory/units")]
    [InlineData("c:directory/units")]
    [InlineData("r:reports/ke-hoach-khac/phong-quan-ly-khoa-hoc/o2/v001")]
    [InlineData("c:commitments/ke-hoach-khac/phong-quan-ly-khoa-hoc/unit-x")]
    public async Task ItemIdsOutsideThePlan_AreNotLookedUp(string item)
    {
        await using var world = await WorldAsync();

        var (result, _) = await world.Bot.ExecuteAsync("office.review.approve", new { plan = FlowSteps.Plan, item }, FlowWorld.Office);

        Assert.Contains("Việc này không còn", result.Text());
    }

    [Fact]
    public async Task UnitHead_MakingThemselvesOffice_IsRefused_AndTheirRoleStays()
    {
        await using var world = await WorldAsync();

        var (result, _) = await world.Bot.ExecuteAsync("office.member.save",
            new { member = FlowWorld.Head.AadObjectId, memberName = FlowWorld.Head.Name, memberUnit = FlowWorld.Science, memberRole = "Office" }, FlowWorld.Head);

        Assert.Contains("nằm ngoài phạm vi", result.Text());
        Assert.Equal(Role.UnitHead, (await world.Bot.Get<UnitDirectoryStore>().GetAsync(CancellationToken.None)).FindByKey(FlowWorld.Head.AadObjectId)!.Role);
        Assert.DoesNotContain("Nhật ký", (await world.SendAsync("nhat ky", FlowWorld.Head)).AllText());
    }

    [Fact]
    public async Task UnknownPlanInTheData_IsRefused_NotGuessed()
    {
        await using var world = await WorldAsync();

        var (result, _) = await world.Bot.ExecuteAsync("office.progress", new { plan = "ke-hoach-cua-tinh-khac" }, FlowWorld.Office);

        Assert.Contains("Tôi không tìm thấy kế hoạch này", result.Text());
    }

    private static async Task<List<Commitment>> Commitments(FlowWorld world) =>
        (await world.Bot.Get<PlanRecords>().CommitmentsAsync(FlowSteps.Plan, null, CancellationToken.None)).Select(k => k.Commitment).ToList();
}
