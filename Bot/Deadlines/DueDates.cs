using EmulationBot.Localization;
using EmulationBot.Plans.Dates;

namespace EmulationBot.Deadlines;

/// <summary>
/// Deadline arithmetic in Vietnam time: a due date is met by anything done before the end of its due day
/// (23:59:59 Asia/Ho_Chi_Minh of <see cref="PlanDate.Last"/>: a month deadline is due on the month's last day).
/// </summary>
public static class DueDates
{
    /// <summary>The first instant after the due day, in Vietnam: submitting before it is on time.</summary>
    public static DateTimeOffset EndOf(PlanDate due) => VietnamTime.At(due.Last.AddDays(1), TimeOnly.MinValue);

    public static bool IsOnTime(PlanDate due, DateTimeOffset at) => at < EndOf(due);

    /// <summary>Whole days from <paramref name="today"/> to the due day: 0 on the day itself, negative once it has passed.</summary>
    public static int DaysLeft(PlanDate due, DateOnly today) => due.Last.DayNumber - today.DayNumber;

    /// <summary>How many days after the due day <paramref name="at"/> happened (0 when on time).</summary>
    public static int DaysLate(PlanDate due, DateTimeOffset at) =>
        Math.Max(0, DateOnly.FromDateTime(VietnamTime.ToVietnam(at).DateTime).DayNumber - due.Last.DayNumber);
}
