using EmulationBot.Localization;
using EmulationBot.Tests.Reminders.Support;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Reminders;

public class ReminderPassScheduleTests
{
    /// <summary>Runs passes at 07:00, 08:00, 12:00 and 20:30 every day (weekends too) and lists what went out when.</summary>
    private static async Task<List<string>> RunDailyAsync(ReminderWorld world, string from, string to)
    {
        var log = new List<string>();
        for (var day = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture); day <= DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture); day = day.AddDays(1))
        {
            foreach (var time in (string[])["07:00", "08:00", "12:00", "20:30"])
            {
                await world.PassAtAsync($"{day:yyyy-MM-dd} {time}");
                log.AddRange(world.Sent().Lines().Select(line => $"{VietnamTime.FormatDateTime(world.Clock.GetUtcNow())} {line}"));
            }
        }
        return log;
    }

    [Fact]
    public async Task Pass_ThroughThePlan_SendsEachOccasionOnceToThePeopleWhoMustAct()
    {
        await using var world = await CreateAsync();

        var log = await RunDailyAsync(world, "2022-05-20", "2022-06-10");

        Assert.Equal(
        [
            $"08:00 23/05/2022 {An.Id}: Nhắc việc · còn 7 ngày",
            $"08:00 23/05/2022 {Binh.Id}: Nhắc việc · còn 7 ngày",
            $"08:00 27/05/2022 {An.Id}: Nhắc việc · còn 3 ngày",
            $"08:00 27/05/2022 {Binh.Id}: Nhắc việc · còn 3 ngày",
            $"08:00 30/05/2022 {An.Id}: Nhắc việc · hôm nay là hạn cuối",
            $"08:00 30/05/2022 {Binh.Id}: Nhắc việc · hôm nay là hạn cuối",
            $"08:00 01/06/2022 {An.Id}: Quá hạn 2 ngày",
            $"08:00 01/06/2022 {Binh.Id}: Quá hạn 2 ngày",
            $"08:00 03/06/2022 {An.Id}: Quá hạn 4 ngày",
            $"08:00 03/06/2022 {Binh.Id}: Quá hạn 4 ngày",
            $"08:00 07/06/2022 {An.Id}: Quá hạn 8 ngày",
            $"08:00 07/06/2022 {Binh.Id}: Quá hạn 8 ngày",
            $"08:00 08/06/2022 {Cuong.Id}: Nhắc việc · còn 7 ngày",
            $"08:00 09/06/2022 {Binh.Id}: Đơn vị của bạn còn người chưa hoàn thành",
            $"08:00 09/06/2022 {Dung.Id}: Quá hạn sau 3 lần nhắc",
            $"08:00 10/06/2022 {Cuong.Id}: Nhắc việc · còn 5 ngày",
        ], log);
    }

    [Fact]
    public async Task Pass_ReminderCard_ShowsWhatWhenAndTheButtons()
    {
        await using var world = await CreateAsync();

        await world.PassAtAsync("2022-05-23 08:00");

        var reminder = world.Sent().First(a => a.To() == An.Id);
        var text = Tests.Support.Replies.AllText(reminder);
        Assert.Contains("Xây dựng kế hoạch cụ thể triển khai phong trào", text);
        Assert.Contains("30/05/2022", text);
        Assert.Contains("Còn 7 ngày", text);
        Assert.Contains("Kế hoạch thi đua năm 2022", text);
        Assert.Equal(["Làm ngay", "Đã xong", "Nhắc lại sau", "Tắt nhắc kế hoạch này"], Tests.Support.CardActions.Titles(reminder.CardOf()));
        Assert.Equal("reminder.done", Tests.Support.CardActions.Verb(reminder.CardOf(), "Đã xong"));
        Assert.Equal("1.5", reminder.CardOf().GetProperty("version").GetString());
        Assert.Equal(An.ConversationId, reminder.Conversation!.Id);
    }

    [Fact]
    public async Task Pass_OutsideSendingHours_SendsNothingUntilTheWindowOpens()
    {
        await using var world = await CreateAsync();

        await world.PassAtAsync("2022-05-23 20:00"); // the 08:00 reminder was missed; 20:00 is already closed
        await world.PassAtAsync("2022-05-24 06:59");
        await world.PassAtAsync("2022-05-24 07:29");
        Assert.Empty(world.Sent());

        await world.PassAtAsync("2022-05-24 07:30");
        Assert.Equal([$"{An.Id}: Nhắc việc · còn 6 ngày", $"{Binh.Id}: Nhắc việc · còn 6 ngày"], world.Sent().Lines());
    }

    [Fact]
    public async Task Pass_OnAWeekendOrAHoliday_WaitsForTheNextWorkingDay()
    {
        await using var world = await CreateAsync(settings: new Dictionary<string, string?> { ["Reminders:Holidays:0"] = "2022-05-23" });

        await world.PassAtAsync("2022-05-21 10:00"); // Saturday
        await world.PassAtAsync("2022-05-22 10:00"); // Sunday
        await world.PassAtAsync("2022-05-23 10:00"); // the configured holiday
        Assert.Empty(world.Sent());

        // The reminder 7 days before fell on the holiday, so it went to the working day before it (Friday 20/05 08:00),
        // which this bot missed (it started at 09:00): it is caught up at the first allowed time.
        await world.PassAtAsync("2022-05-24 07:30");
        Assert.Equal([$"{An.Id}: Nhắc việc · còn 6 ngày", $"{Binh.Id}: Nhắc việc · còn 6 ngày"], world.Sent().Lines());
    }

    [Fact]
    public async Task Pass_RunTwiceAtTheSameTime_SendsNothingTheSecondTime()
    {
        await using var world = await CreateAsync();

        var first = await world.PassAtAsync("2022-05-23 08:00");
        var second = await world.PassAsync();

        Assert.Equal(2, first.Sent);
        Assert.Equal(0, second.Sent);
        Assert.Equal(2, world.Sent().Count);
    }
}
