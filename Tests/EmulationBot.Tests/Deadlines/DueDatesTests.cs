using EmulationBot.Deadlines;
using EmulationBot.Plans.Dates;

namespace EmulationBot.Tests.Deadlines;

public class DueDatesTests
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-06-15T23:59:59+07:00", true)]
    [InlineData("2025-06-15T16:59:59Z", true)]
    [InlineData("2025-06-15T17:00:00Z", false)]
    [InlineData("2025-06-16T00:00:00+07:00", false)]
    [InlineData("2025-06-15T12:00:00-05:00", false)]
    [InlineData("2025-06-15T09:00:00-05:00", true)]
    [InlineData("2025-06-14T20:00:00+09:00", true)]
    public void IsOnTime_DayDeadline_IsTheEndOfTheDayInVietnam(string submitted, bool onTime) =>
        Assert.Equal(onTime, DueDates.IsOnTime(PlanDate.OnDay(2025, 6, 15), At(submitted)));

    [Theory]
    [InlineData("2025-02-28T23:59:00+07:00", true)]
    [InlineData("2025-03-01T00:00:00+07:00", false)]
    public void IsOnTime_MonthDeadline_IsDueOnItsLastDay(string submitted, bool onTime) =>
        Assert.Equal(onTime, DueDates.IsOnTime(PlanDate.InMonth(2025, 2), At(submitted)));

    [Fact]
    public void IsOnTime_QuarterAndYear()
    {
        Assert.True(DueDates.IsOnTime(PlanDate.InQuarter(2025, 3), At("2025-09-30T23:00:00+07:00")));
        Assert.False(DueDates.IsOnTime(PlanDate.InQuarter(2025, 3), At("2025-10-01T00:30:00+07:00")));
        Assert.True(DueDates.IsOnTime(PlanDate.InYear(2024), At("2024-12-31T16:59:59Z")));
        Assert.False(DueDates.IsOnTime(PlanDate.InYear(2024), At("2024-12-31T17:00:00Z")));
    }

    [Fact]
    public void DaysLeftAndLate_CountVietnamDays()
    {
        var due = PlanDate.OnDay(2025, 6, 15);
        Assert.Equal(26, DueDates.DaysLeft(due, new DateOnly(2025, 5, 20)));
        Assert.Equal(0, DueDates.DaysLeft(due, new DateOnly(2025, 6, 15)));
        Assert.Equal(-3, DueDates.DaysLeft(due, new DateOnly(2025, 6, 18)));
        Assert.Equal(0, DueDates.DaysLate(due, At("2025-06-15T23:59:59+07:00")));
        Assert.Equal(1, DueDates.DaysLate(due, At("2025-06-15T17:00:00Z")));
        Assert.Equal(3, DueDates.DaysLate(due, At("2025-06-18T08:00:00+07:00")));
    }

    [Fact]
    public void EndOf_IsMidnightAfterTheDueDayInVietnam() =>
        Assert.Equal(At("2025-06-15T17:00:00Z"), DueDates.EndOf(PlanDate.OnDay(2025, 6, 15)));
}
