using EmulationBot.Office.Progress;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Reminders.Support;
using EmulationBot.Tests.Support;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Office.Progress;

/// <summary>«Nhắc ngay» on a unit's progress card: reminds, through the reminders feature, who still owes the unit's near or overdue work.</summary>
public class RemindActionTests
{
    [Fact]
    public async Task RemindNow_ByTheOffice_RemindsTheUnitsPeopleStillMissing_AndShowsTheUnitAgain()
    {
        await using var world = await CreateAsync();
        await world.PassAtAsync("2022-05-25 08:00"); // the day's scheduled reminders go first
        world.Sent();
        world.Clock.SetUtcNow(At("2022-05-25 10:00"));

        var (result, _) = await world.Bot.ExecuteAsync(RemindAction.Verb, new { plan = PlanId, unit = Qlkh }, Dung);
        await world.PassAsync();

        var text = result.Text();
        Assert.Contains("Đã nhắc ngay: 2 lượt nhắc tới người còn thiếu ở 1 việc; tin nhắn đi lúc 10:00 25/05/2022.", text);
        Assert.Contains("Phòng Quản lý khoa học", text);
        var sent = world.Sent();
        Assert.Equal([An.Id, Binh.Id], sent.Select(a => a.To()).Order().ToArray());
        Assert.DoesNotContain(sent, a => a.To() == Cuong.Id);
    }

    [Fact]
    public async Task RemindNow_ByAnEmployee_IsRefused_AndNothingIsSent()
    {
        await using var world = await CreateAsync();
        await world.PassAtAsync("2022-05-25 08:00"); // the day's scheduled reminders go first
        world.Sent();
        world.Clock.SetUtcNow(At("2022-05-25 10:00"));

        var (result, replies) = await world.Bot.ExecuteAsync(RemindAction.Verb, new { plan = PlanId, unit = Qlkh }, An);
        await world.PassAsync();

        Assert.DoesNotContain("Đã nhắc ngay", result.Text() + replies.AllText());
        Assert.Empty(world.Sent());
    }

    [Fact]
    public async Task RemindNow_ByTheHeadOfAnotherUnit_IsRefused()
    {
        await using var world = await CreateAsync();
        await world.Bot.Get<EmulationBot.Units.UnitDirectoryStore>().UpdateAsync(
            d => d.WithMember(Member(Cuong, Centre, EmulationBot.Roles.Role.UnitHead)), CancellationToken.None);
        await world.PassAtAsync("2022-05-25 08:00"); // the day's scheduled reminders go first
        world.Sent();
        world.Clock.SetUtcNow(At("2022-05-25 10:00"));

        var (result, replies) = await world.Bot.ExecuteAsync(RemindAction.Verb, new { plan = PlanId, unit = Qlkh }, Cuong);
        await world.PassAsync();

        Assert.DoesNotContain("Đã nhắc ngay", result.Text() + replies.AllText());
        Assert.Empty(world.Sent());
    }

    [Fact]
    public async Task RemindNow_WhenNothingIsDueWithinTwoWeeks_SaysNoReminderIsNeeded()
    {
        await using var world = await CreateAsync();
        world.Clock.SetUtcNow(At("2022-04-01 09:00"));

        var (result, _) = await world.Bot.ExecuteAsync(RemindAction.Verb, new { plan = PlanId, unit = Qlkh }, Dung);
        await world.PassAsync();

        Assert.Contains("không cần nhắc", result.Text());
        Assert.Empty(world.Sent());
    }
}
