using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationBot.Plans.Dates;

/// <summary>Reads "hằng tháng", "hằng quý", "định kỳ 6 tháng", "trước ngày 10 hằng tháng" (and English "monthly", "every 6 months").</summary>
public static partial class RecurrenceReader
{
    /// <summary>The recurrence in <paramref name="text"/> and where it is (index into the NFC text), or null.</summary>
    public static (Recurrence Value, int Start, int Length)? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var nfc = text.IsNormalized() ? text : text.Normalize();
        var folded = AlignedFold.Fold(nfc);
        var match = DayOfMonth().Match(folded);
        if (match.Success)
        {
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day is >= 1 and <= 31) return (Recurrence.Monthly(day), match.Index, match.Length);
        }
        match = EveryN().Match(folded);
        if (match.Success)
        {
            var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (n is >= 1 and <= 60) return (Of(match.Groups["u"].Value, n), match.Index, match.Length);
        }
        match = Each().Match(folded);
        if (match.Success) return (Of(match.Groups["u"].Value, 1), match.Index, match.Length);
        return null;
    }

    public static Recurrence? Read(string? text) => Find(text)?.Value;

    private static Recurrence Of(string unit, int n) => unit switch
    {
        "tuan" or "week" or "weeks" or "weekly" => new Recurrence(RecurrenceFrequency.Weekly, n),
        "quy" or "quarter" or "quarters" or "quarterly" => new Recurrence(RecurrenceFrequency.Monthly, 3 * n),
        "nam" or "year" or "years" or "yearly" or "annually" => new Recurrence(RecurrenceFrequency.Yearly, n),
        _ => new Recurrence(RecurrenceFrequency.Monthly, n),
    };

    [GeneratedRegex(@"(?<!\w)(?:(?:truoc|vao|by|before)\s+)?(?:(?:ngay|day)\s+)?(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:(?:hang|moi)\s+thang|of\s+(?:each|every)\s+month)", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?<!\w)(?:dinh\s+ky\s+(?<n>\d{1,2})\s+(?<u>tuan|thang|quy|nam)|(?<n>\d{1,2})\s+(?<u>tuan|thang|quy|nam)\s+(?:mot|1)\s+lan|every\s+(?<n>\d{1,2})\s+(?<u>weeks|months|quarters|years))(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex EveryN();

    [GeneratedRegex(@"(?<!\w)(?:(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?<u>tuan|thang|quy|nam)(?:\s+(?:mot|1)\s+lan)?|dinh\s+ky\s+(?<u>tuan|thang|quy|nam)|(?<u>weekly|monthly|quarterly|yearly|annually))(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Each();
}
