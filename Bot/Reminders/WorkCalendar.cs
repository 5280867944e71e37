using System.Globalization;
using EmulationBot.Localization;

namespace EmulationBot.Reminders;

/// <summary>Working days and the hours when the bot may message people, in Vietnam time.</summary>
public sealed class WorkCalendar
{
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly HashSet<(int Month, int Day)> _yearlyHolidays = [];

    public WorkCalendar(ReminderOptions options)
    {
        WindowStart = TimeOnly.Parse(options.WindowStart, CultureInfo.InvariantCulture);
        WindowEnd = TimeOnly.Parse(options.WindowEnd, CultureInfo.InvariantCulture);
        foreach (var holiday in options.Holidays)
        {
            if (DateOnly.TryParseExact(holiday, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) _holidays.Add(date);
            else if (DateOnly.TryParseExact("2000-" + holiday, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var yearly)) _yearlyHolidays.Add((yearly.Month, yearly.Day));
            else throw new InvalidOperationException($"Reminders:Holidays entry '{holiday}' is neither yyyy-MM-dd nor MM-dd.");
        }
    }

    public TimeOnly WindowStart { get; }
    public TimeOnly WindowEnd { get; }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_holidays.Contains(date) && !_yearlyHolidays.Contains((date.Month, date.Day));

    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) days--;
        }
        return date;
    }

    /// <summary>The instant itself if the bot may send then, else the start of the next allowed window.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        var local = VietnamTime.ToVietnam(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(date) && time >= WindowStart && time < WindowEnd) return instant;
        if (!IsWorkingDay(date) || time >= WindowEnd) date = NextWorkingDay(date);
        return VietnamTime.At(date, WindowStart);
    }

    private DateOnly NextWorkingDay(DateOnly date)
    {
        do date = date.AddDays(1); while (!IsWorkingDay(date));
        return date;
    }
}
