using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Deadlines;

/// <summary>When an obligation falls due around a given day: its deadline, or for a recurring one the current and the previous period.</summary>
/// <remarks>
/// A recurring obligation is due at the end of each period (or on its day of the month: "trước ngày 10 hằng tháng"):
/// every month, every quarter (March, June, September, December), every six months (June, December), every year (yearly intervals above one are read as yearly);
/// weekly ones on Sunday. Its <see cref="Obligation.From"/> and <see cref="Obligation.Due"/> bound the periods, else the
/// plan's period does: a monthly report of a plan that starts on 15/03 is not due on 10/03.
/// </remarks>
public static class ObligationOccurrences
{
    private const char Separator = '@';

    /// <summary>The occurrences worth showing on <paramref name="today"/>, oldest first.</summary>
    public static IReadOnlyList<ObligationOccurrence> Around(Obligation obligation, DateOnly today, PlanPeriod? period = null)
    {
        if (obligation.Recurrence is not { } recurrence)
        {
            return obligation.Due is { } due ? [new ObligationOccurrence(obligation, due, obligation.Id)] : [];
        }
        var result = new List<ObligationOccurrence>(2);
        var next = DueOnOrAfter(recurrence, today);
        var previous = next is { } n ? DueOnOrAfter(recurrence, Back(recurrence, n.Last)) : null;
        foreach (var due in new[] { previous, next })
        {
            if (due is { } d && Within(obligation, d, period) && result.All(r => r.Due != d)) result.Add(Of(obligation, d));
        }
        return result;
    }

    /// <summary>The occurrence a key names ("o3", "o7@2025-06"), or null when the key does not fit the obligation.</summary>
    public static ObligationOccurrence? Find(Obligation obligation, string key, PlanPeriod? period = null)
    {
        var at = key.IndexOf(Separator);
        if (at < 0) return key == obligation.Id && obligation.Recurrence is null && obligation.Due is { } due ? Of(obligation, due) : null;
        if (key[..at] != obligation.Id || obligation.Recurrence is null || !PlanDate.TryParseIso(key[(at + 1)..], out var date)) return null;
        return Within(obligation, date, period) ? Of(obligation, date) : null;
    }

    public static string ObligationIdOf(string key) => key.IndexOf(Separator) is var at and >= 0 ? key[..at] : key;

    private static ObligationOccurrence Of(Obligation obligation, PlanDate due) =>
        new(obligation, due, obligation.Recurrence is null ? obligation.Id : obligation.Id + Separator + due.ToIso());

    private static bool Within(Obligation obligation, PlanDate due, PlanPeriod? period) =>
        ((obligation.From ?? period?.From) is not { } from || due.Last >= from.First)
        && ((obligation.Due ?? period?.To) is not { } end || due.Last <= end.Last);

    /// <summary>The first period of the recurrence whose due day is on or after <paramref name="day"/>.</summary>
    private static PlanDate? DueOnOrAfter(Recurrence recurrence, DateOnly day)
    {
        if (recurrence.Frequency == RecurrenceFrequency.Weekly)
        {
            var sunday = day.AddDays(((int)DayOfWeek.Sunday - (int)day.DayOfWeek + 7) % 7);
            return PlanDate.OnDay(sunday);
        }
        var months = recurrence.Frequency == RecurrenceFrequency.Yearly ? 12 : Math.Max(1, recurrence.Interval);
        var month = new DateOnly(day.Year, day.Month, 1);
        for (var i = 0; i < 13 * months; i++, month = month.AddMonths(1))
        {
            if (!EndsPeriod(month.Month, months)) continue;
            var due = InMonth(month, months, recurrence.DayOfMonth);
            if (due.Last >= day) return due;
        }
        return null;
    }

    /// <summary>A day inside the period before the one ending on <paramref name="last"/>.</summary>
    private static DateOnly Back(Recurrence recurrence, DateOnly last) => recurrence.Frequency switch
    {
        RecurrenceFrequency.Weekly => last.AddDays(-7),
        RecurrenceFrequency.Yearly => new DateOnly(last.Year - 1, 1, 1),
        _ => new DateOnly(last.Year, last.Month, 1).AddMonths(-Math.Max(1, recurrence.Interval)),
    };

    /// <summary>Periods of 2, 3, 4, 6 or 12 months end on the months they divide (quarters end in March, June …); other lengths every month.</summary>
    private static bool EndsPeriod(int month, int months) => 12 % months != 0 || month % months == 0;

    private static PlanDate InMonth(DateOnly month, int months, int? dayOfMonth)
    {
        if (dayOfMonth is { } day) return PlanDate.OnDay(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
        return months switch
        {
            3 => PlanDate.InQuarter(month.Year, (month.Month + 2) / 3),
            12 => PlanDate.InYear(month.Year),
            _ => PlanDate.InMonth(month.Year, month.Month),
        };
    }
}
