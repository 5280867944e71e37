using System.Globalization;
using System.Text.Json.Serialization;

namespace EmulationBot.Plans.Dates;

/// <summary>
/// A date as precise as the plan states it: a day, a month, a quarter or a year. As a deadline it means the
/// last day of that period ("trong tháng 11/2022" is due by 30/11/2022). Serialised as ISO text:
/// <c>2022-05-30</c>, <c>2022-05</c>, <c>2022-Q3</c>, <c>2022</c>.
/// </summary>
[JsonConverter(typeof(PlanDateJsonConverter))]
public readonly record struct PlanDate : IComparable<PlanDate>
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private PlanDate(int year, int quarter, int month, int day, DatePrecision precision)
    {
        Year = year;
        Quarter = quarter;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public int Year { get; }

    /// <summary>1–4 for a quarter or a more precise date.</summary>
    public int Quarter { get; }

    /// <summary>1–12, or 0 for a quarter or a year.</summary>
    public int Month { get; }

    /// <summary>1–31, or 0 unless the precision is a day.</summary>
    public int Day { get; }

    public DatePrecision Precision { get; }

    public static PlanDate OnDay(int year, int month, int day)
    {
        CheckYear(year);
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) throw new ArgumentOutOfRangeException(nameof(day));
        return new PlanDate(year, (month + 2) / 3, month, day, DatePrecision.Day);
    }

    public static PlanDate OnDay(DateOnly date) => OnDay(date.Year, date.Month, date.Day);

    public static PlanDate InMonth(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        return new PlanDate(year, (month + 2) / 3, month, 0, DatePrecision.Month);
    }

    public static PlanDate InQuarter(int year, int quarter)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
        return new PlanDate(year, quarter, 0, 0, DatePrecision.Quarter);
    }

    public static PlanDate InYear(int year)
    {
        CheckYear(year);
        return new PlanDate(year, 0, 0, 0, DatePrecision.Year);
    }

    /// <summary>True when the parts make a real date (for example 31/4 does not).</summary>
    public static bool IsValidDay(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The first day of the period.</summary>
    public DateOnly First => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        DatePrecision.Quarter => new DateOnly(Year, Quarter * 3 - 2, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day of the period: the day a deadline falls due.</summary>
    public DateOnly Last => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Quarter => new DateOnly(Year, Quarter * 3, DateTime.DaysInMonth(Year, Quarter * 3)),
        _ => new DateOnly(Year, 12, 31),
    };

    public string ToIso() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Quarter}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public override string ToString() => ToIso();

    /// <summary>Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY-Qn</c> or <c>YYYY</c>.</summary>
    public static bool TryParseIso(string? text, out PlanDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (year is < MinYear or > MaxYear) return false;
        if (s.Length == 4)
        {
            date = InYear(year);
            return true;
        }
        if (s[4] != '-') return false;
        var rest = s.AsSpan(5);
        if (rest.Length == 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] is >= '1' and <= '4')
        {
            date = InQuarter(year, rest[1] - '0');
            return true;
        }
        if (rest.Length < 2 || !int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return false;
        if (rest.Length == 2)
        {
            date = InMonth(year, month);
            return true;
        }
        if (rest.Length != 5 || rest[2] != '-' || !int.TryParse(rest[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return false;
        if (!IsValidDay(year, month, day)) return false;
        date = OnDay(year, month, day);
        return true;
    }

    /// <summary>Orders by the deadline (last day), then by precision (a day before the month that contains it).</summary>
    public int CompareTo(PlanDate other)
    {
        var byLast = Last.CompareTo(other.Last);
        return byLast != 0 ? byLast : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PlanDate left, PlanDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PlanDate left, PlanDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PlanDate left, PlanDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PlanDate left, PlanDate right) => left.CompareTo(right) >= 0;

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear) throw new ArgumentOutOfRangeException(nameof(year), $"Years {MinYear}–{MaxYear} only.");
    }
}
