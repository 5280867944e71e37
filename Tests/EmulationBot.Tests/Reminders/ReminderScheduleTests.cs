using EmulationBot.Localization;
using EmulationBot.Reminders;

namespace EmulationBot.Tests.Reminders;

public class ReminderScheduleTests
{
    private static ReminderSchedule Schedule(ReminderOptions? options = null)
    {
        options ??= new ReminderOptions();
        return new ReminderSchedule(options, new WorkCalendar(options));
    }

    private static string Show(ReminderOccasion o) => $"{o.Key} {VietnamTime.FormatDateTime(o.At)}";

    [Fact]
    public void For_AMondayDeadline_SendsBeforeOnTheDayAndThreeChases_OnWorkingDaysAt8()
    {
        // 30/05/2022 is a Monday. One day before is a Sunday: that reminder moves to Friday, where it replaces "3 days before".
        var occasions = Schedule().For(new DateOnly(2022, 5, 30)).Select(Show).ToArray();
        Assert.Equal(
        [
            "before-7 08:00 23/05/2022",
            "before-1 08:00 27/05/2022",
            "due 08:00 30/05/2022",
            "overdue-1 08:00 01/06/2022",
            "overdue-2 08:00 03/06/2022",
            "overdue-3 08:00 07/06/2022",
        ], occasions);
    }

    [Fact]
    public void For_ADeadlineOnAHoliday_RemindsOnTheWorkingDayBefore_AndChasesSkipTheHoliday()
    {
        // 02/09/2022 (Friday) is National Day.
        var occasions = Schedule().For(new DateOnly(2022, 9, 2)).Select(Show).ToArray();
        Assert.Contains("due 08:00 01/09/2022", occasions);
        Assert.Contains("overdue-1 08:00 06/09/2022", occasions);
        Assert.DoesNotContain(occasions, o => o.Contains("02/09/2022", StringComparison.Ordinal) || o.Contains("03/09/2022", StringComparison.Ordinal));
    }

    [Fact]
    public void For_ConfiguredHolidays_AreWorkingDaysNoMore()
    {
        var options = new ReminderOptions { Holidays = ["2022-05-27"] };
        var occasions = Schedule(options).For(new DateOnly(2022, 5, 30)).Select(Show).ToArray();
        Assert.Contains("before-1 08:00 26/05/2022", occasions);
    }

    [Fact]
    public void For_ASendTimeOutsideTheWindow_MovesToTheNextAllowedTime()
    {
        var options = new ReminderOptions { SendAt = "21:00", DaysBefore = [], OverdueMaxCount = 0 };
        var due = Assert.Single(Schedule(options).For(new DateOnly(2022, 5, 25)));
        Assert.Equal("due 07:30 26/05/2022", Show(due));
    }

    [Theory]
    [InlineData("2022-05-28T10:00:00+07:00", "07:30 30/05/2022")] // Saturday
    [InlineData("2022-05-30T06:00:00+07:00", "07:30 30/05/2022")] // too early
    [InlineData("2022-05-30T19:59:00+07:00", "19:59 30/05/2022")] // still allowed
    [InlineData("2022-05-30T20:00:00+07:00", "07:30 31/05/2022")] // too late
    public void NextAllowed_KeepsOrMovesTheInstant(string instant, string expected)
    {
        var calendar = new WorkCalendar(new ReminderOptions());
        Assert.Equal(expected, VietnamTime.FormatDateTime(calendar.NextAllowed(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void WorkCalendar_RejectsAMalformedHoliday()
    {
        Assert.Throws<InvalidOperationException>(() => new WorkCalendar(new ReminderOptions { Holidays = ["30/04"] }));
    }

    [Fact]
    public void WithEscalation_AddsTheEscalationOneChaseIntervalAfterTheLastChase()
    {
        var occasions = Schedule().WithEscalation(new DateOnly(2022, 5, 30)).Select(Show).ToArray();

        Assert.Equal("overdue-3 08:00 07/06/2022", occasions[^2]);
        Assert.Equal("escalation 08:00 09/06/2022", occasions[^1]);
    }

    [Fact]
    public void WithEscalation_Off_IsJustTheReminders()
    {
        var options = new ReminderOptions { Escalate = false };

        Assert.Equal(Schedule(options).For(new DateOnly(2022, 5, 30)), Schedule(options).WithEscalation(new DateOnly(2022, 5, 30)));
    }
}
