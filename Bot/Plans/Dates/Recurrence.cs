using System.Globalization;
using System.Text;

namespace EmulationBot.Plans.Dates;

/// <summary>
/// How an obligation repeats: "hằng tháng", "định kỳ 6 tháng", "trước ngày 10 hằng tháng". Written for scripts as
/// an iCalendar (RFC 5545) rule: <c>FREQ=MONTHLY</c>, <c>FREQ=MONTHLY;INTERVAL=6</c>, <c>FREQ=MONTHLY;BYMONTHDAY=10</c>.
/// </summary>
public sealed record Recurrence(RecurrenceFrequency Frequency, int Interval = 1, int? DayOfMonth = null)
{
    public static Recurrence Monthly(int? day = null) => new(RecurrenceFrequency.Monthly, 1, day);

    public static Recurrence Quarterly => new(RecurrenceFrequency.Monthly, 3);

    public string ToRule()
    {
        var sb = new StringBuilder("FREQ=").Append(Frequency.ToString().ToUpperInvariant());
        if (Interval != 1) sb.Append(";INTERVAL=").Append(Interval.ToString(CultureInfo.InvariantCulture));
        if (DayOfMonth is { } day) sb.Append(";BYMONTHDAY=").Append(day.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    public override string ToString() => ToRule();

    public static bool TryParseRule(string? rule, out Recurrence recurrence)
    {
        recurrence = null!;
        if (string.IsNullOrWhiteSpace(rule)) return false;
        RecurrenceFrequency? frequency = null;
        var interval = 1;
        int? day = null;
        foreach (var part in rule.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2) return false;
            switch (pair[0].ToUpperInvariant())
            {
                case "FREQ" when Enum.TryParse<RecurrenceFrequency>(pair[1], ignoreCase: true, out var f):
                    frequency = f;
                    break;
                case "INTERVAL" when int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 60:
                    interval = n;
                    break;
                case "BYMONTHDAY" when int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31:
                    day = d;
                    break;
                default:
                    return false;
            }
        }
        if (frequency is null) return false;
        recurrence = new Recurrence(frequency.Value, interval, day);
        return true;
    }
}
