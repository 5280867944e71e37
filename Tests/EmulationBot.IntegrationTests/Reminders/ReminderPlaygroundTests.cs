using System.Text.Json;
using EmulationBot.IntegrationTests.Support.Playground;
using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Plans.Store;
using EmulationBot.Reminders.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Reminders;

/// <summary>A reminder as a Teams user meets it, through the real Agents Playground: it arrives on its own, and "Đã xong" closes it for good.</summary>
public sealed class ReminderPlaygroundTests(RemindersPlaygroundFixture fixture) : PlaygroundConversationTests(fixture), IClassFixture<RemindersPlaygroundFixture>
{
    private T Get<T>() where T : notnull => fixture.Bot.Services.GetRequiredService<T>();

    /// <summary>Moves the bot's clock to a Vietnam time and waits until the scheduler has run two passes after the jump.</summary>
    private async Task JumpToAsync(DateOnly day, int hour)
    {
        var status = Get<ReminderSchedulerStatus>();
        var passes = status.Passes;
        fixture.Clock.JumpTo(VietnamTime.At(day, new TimeOnly(hour, 0)));
        await status.WaitForAsync(s => s.Passes >= passes + 2).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Reminder_ArrivesProactively_DoneUpdatesTheCard_AndNoFurtherReminderComes()
    {
        await Client.SendTextAsync("đổi đơn vị");
        await Client.ExpectCardAsync("Bạn công tác ở phòng/đơn vị nào?");
        await Client.SendTextAsync("quan ly khoa hoc");
        await Client.ExpectTextAsync("Đã ghi nhận: bạn thuộc Phòng Quản lý khoa học.");
        await Get<PlanPublisher>().PublishAsync(new Plan
        {
            Id = "ke-hoach-thi-dua-e2e",
            Identity = new PlanIdentity { Number = "7/KH-SKHCN" },
            Title = "Kế hoạch thi đua năm 2022",
            Obligations = [new Obligation { Id = "", What = "Xây dựng kế hoạch cụ thể triển khai phong trào", Who = ["Phòng Quản lý khoa học"], Due = PlanDate.OnDay(2022, 5, 30) }],
        }, "office", "e2e", CancellationToken.None);

        await JumpToAsync(new DateOnly(2022, 5, 23), 8);

        var reminder = await Client.ExpectCardAsync("Nhắc việc · còn 7 ngày", Client.PersonalChat);
        Assert.Contains("30/05/2022", reminder.AllText);
        var done = Action(reminder.Card!.Value, "Đã xong");
        var pressed = await Client.ExecuteAsync(reminder, done.GetProperty("verb").GetString()!, done.GetProperty("data"), "Đã xong");

        Assert.Equal(200, pressed.Status);
        Assert.Equal(BotMessage.AdaptiveCardType, pressed.Type);
        Assert.Contains("Đã ghi nhận hoàn thành", Strings(pressed.Value!.Value));
        var updated = await Client.ExpectMessageAsync(m => m.IsUpdate && m.MessageId == reminder.MessageId, "updating the reminder card", Client.PersonalChat);
        Assert.Contains("Đã ghi nhận hoàn thành", updated.AllText);
        Assert.DoesNotContain("Nhắc lại sau", updated.AllText);

        await JumpToAsync(new DateOnly(2022, 5, 27), 8);
        await JumpToAsync(new DateOnly(2022, 5, 30), 8);

        Assert.DoesNotContain(Client.MessagesSinceLastAction, m => !m.IsUpdate);
        var progress = await Get<ScheduleProgressStore>().ReadAsync(CancellationToken.None);
        Assert.True(progress.Occurrences["ke-hoach-thi-dua-e2e/o1"].DoneThrough >= 2); // the scheduler did reach the 30/05 reminder
    }

    private static string Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Join("\n", element.EnumerateObject().Select(p => Strings(p.Value))),
        JsonValueKind.Array => string.Join("\n", element.EnumerateArray().Select(Strings)),
        _ => "",
    };

    private static JsonElement Action(JsonElement card, string title) =>
        card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == title);
}
