using System.Globalization;
using EmulationBot.Localization;

namespace EmulationBot.Reminders;

/// <summary>Works out the reminders of one deadline under the policy, moved into allowed hours and working days.</summary>
/// <remarks>
/// A reminder before the deadline that would fall on a weekend or holiday goes out on the working day before
/// it (moving it later could put it after the deadline); overdue chases count working days.
/// </remarks>
public sealed class ReminderSchedule(ReminderOptions options, WorkCalendar calendar)
{
    private readonly TimeOnly _sendAt = TimeOnly.Parse(options.SendAt, CultureInfo.InvariantCulture);

    /// <summary>The occasions for a deadline at the end of <paramref name="dueDate"/>, in time order, none twice on one day.</summary>
    public IReadOnlyList<ReminderOccasion> For(DateOnly dueDate)
    {
        var occasions = new List<ReminderOccasion>();
        var dueDayAt = BeforeDeadline(dueDate);
        foreach (var days in options.DaysBefore.Where(d => d > 0).Distinct().OrderByDescending(d => d))
        {
            occasions.Add(new ReminderOccasion($"before-{days}", ReminderKind.Before, days, BeforeDeadline(dueDate.AddDays(-days))));
        }
        if (options.OnDueDay) occasions.Add(new ReminderOccasion("due", ReminderKind.DueDay, 0, dueDayAt));
        var chaseDate = dueDate;
        for (var n = 1; n <= options.OverdueMaxCount; n++)
        {
            chaseDate = calendar.AddWorkingDays(chaseDate, options.OverdueEveryWorkingDays);
            occasions.Add(new ReminderOccasion($"overdue-{n}", ReminderKind.Overdue, n, calendar.NextAllowed(VietnamTime.At(chaseDate, _sendAt))));
        }
        // Several occasions moved onto the same day: keep the most urgent one.
        return occasions
            .Where(o => o.Kind != ReminderKind.Before || o.At < dueDayAt)
            .GroupBy(o => VietnamTime.ToVietnam(o.At).Date)
            .Select(g => g.Last())
            .OrderBy(o => o.At)
            .ToList();
    }

    /// <summary>
    /// <see cref="For"/> followed by the escalation, one chase interval after the last chase (or after the due day
    /// when there are no chases), when the policy escalates.
    /// </summary>
    public IReadOnlyList<ReminderOccasion> WithEscalation(DateOnly dueDate)
    {
        var occasions = For(dueDate);
        if (!options.Escalate) return occasions;
        var lastChase = dueDate;
        for (var n = 1; n <= options.OverdueMaxCount; n++) lastChase = calendar.AddWorkingDays(lastChase, options.OverdueEveryWorkingDays);
        var at = calendar.NextAllowed(VietnamTime.At(calendar.AddWorkingDays(lastChase, Math.Max(1, options.OverdueEveryWorkingDays)), _sendAt));
        return [.. occasions, new ReminderOccasion("escalation", ReminderKind.Escalation, 0, at)];
    }

    private DateTimeOffset BeforeDeadline(DateOnly date)
    {
        while (!calendar.IsWorkingDay(date)) date = date.AddDays(-1);
        return calendar.NextAllowed(VietnamTime.At(date, _sendAt));
    }
}
