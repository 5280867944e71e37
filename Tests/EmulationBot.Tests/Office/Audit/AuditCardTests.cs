using EmulationBot.Office.Audit;
using EmulationBot.Plans.Store;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;
using static EmulationBot.Tests.Office.Support.OfficeWorld;

namespace EmulationBot.Tests.Office.Audit;

public class AuditCardTests
{
    [Fact]
    public async Task AuditCommand_Office_ListsTheLatestEntriesInVietnamTime()
    {
        var clock = new ManualClock(new DateTimeOffset(2022, 5, 16, 1, 15, 0, TimeSpan.Zero));
        await using var bot = await CreateAsync(clock);
        await bot.ExecuteAsync("office.unit.add", new { newUnit = "Phòng Thanh tra" }, OfficeUser);

        var text = (await bot.SendTextAsync("nhật ký hoạt động", OfficeUser)).AllText();

        Assert.Contains("08:15 16/05/2022 · Phạm Thu Dung", text);
        Assert.Contains("thêm đơn vị: Phòng Thanh tra", text);
    }

    [Fact]
    public async Task AuditCommand_ShowsARegistrationsOwnLines_BesideTheLog_NewestFirst()
    {
        await using var world = await FlowWorld.CreateAsync();
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        await world.SendAsync("rút đăng ký", FlowWorld.Employee);
        await world.SendAsync("có", FlowWorld.Employee);

        var text = (await world.SendAsync("nhat ky", FlowWorld.Office)).AllText();

        var withdrew = text.IndexOf("rút đăng ký: DK-", StringComparison.Ordinal);
        var registered = text.IndexOf("đăng ký thi đua: DK-", StringComparison.Ordinal);
        Assert.True(withdrew >= 0 && registered > withdrew, text);
    }

    [Fact]
    public async Task AuditFilter_UnknownPlanInCardData_IsRefused()
    {
        await using var bot = await CreateAsync();

        var (result, _) = await bot.ExecuteAsync(AuditCommand.Verb, new { plan = "khong-co-ke-hoach-nay" }, OfficeUser);

        Assert.Contains("Tôi không tìm thấy kế hoạch này", result.Text());
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public async Task AuditCommand_NotOffice_IsRefused(int user)
    {
        await using var bot = await CreateAsync();
        await bot.ExecuteAsync("office.unit.add", new { newUnit = "Phòng Thanh tra" }, OfficeUser);

        var replies = await bot.SendTextAsync("nhat ky", TestUser.Make(user, "x"));
        var (invoke, _) = await bot.ExecuteAsync(AuditCommand.Verb, new { plan = "*" }, TestUser.Make(user, "x"));

        Assert.DoesNotContain("Phòng Thanh tra", replies.AllText() + invoke.Text());
        Assert.Contains("Xin lỗi", replies.AllText());
    }
}
