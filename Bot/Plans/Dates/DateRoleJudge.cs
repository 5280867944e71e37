using System.Text.RegularExpressions;

namespace EmulationBot.Plans.Dates;

/// <summary>
/// Decides whether a date belongs to the plan or to something it cites: a legal document
/// ("Kế hoạch số 791/KH-UBND ngày 13/5/2022"), an anniversary ("(16/6/1957- 16/6/2022)") or a strategy's horizon.
/// </summary>
internal static partial class DateRoleJudge
{
    /// <summary>
    /// True when the text just before <paramref name="position"/> is a document number, or (for a date with no
    /// deadline word) a cited document's name: "trước ngày" after "gửi Kế hoạch …" is a deadline, not a citation.
    /// </summary>
    public static bool IsCitedDocument(string folded, int position, bool hasMarker)
    {
        var from = Math.Max(0, position - 120);
        var window = folded[from..position];
        return DocumentNumber().IsMatch(window) || (!hasMarker && DocumentName().IsMatch(window));
    }

    /// <summary>A pair of dates joined by a dash is an anniversary when it says "kỷ niệm", sits in brackets or repeats the day.</summary>
    public static bool IsAnniversaryPair(string folded, int start, int end, PlanDate first, PlanDate second)
    {
        if (first.Precision == DatePrecision.Day && second.Precision == DatePrecision.Day
            && first.Day == second.Day && first.Month == second.Month && first.Year != second.Year)
        {
            return true;
        }
        var before = folded[Math.Max(0, start - 200)..start];
        if (before.Contains("ky niem", StringComparison.Ordinal) || before.Contains("anniversary", StringComparison.Ordinal)) return true;
        // "chào mừng 80 năm … (1945 - 2025)": the span is as long as the years celebrated ("Kế hoạch 05 năm (2020 - 2025)" is not).
        foreach (System.Text.RegularExpressions.Match years in YearsCount().Matches(before))
        {
            if (int.TryParse(years.Groups["n"].Value, out var n) && n == second.Year - first.Year) return true;
        }
        var open = before.TrimEnd().EndsWith('(');
        var close = end < folded.Length && folded[end..].TrimStart().StartsWith(')');
        return open && close && first.Precision == DatePrecision.Day;
    }

    public static bool IsHorizon(string folded, int position) =>
        Horizon().IsMatch(folded[Math.Max(0, position - 40)..position]);

    // "461/KH-UBND", "20-NQ/TW", "54/2019/NQ-HĐND", "05-CT/TW", then optionally "ban hành".
    [GeneratedRegex(@"(?<![\w/])\d{1,5}(?:/\d{4})?[/\-][a-z]{1,12}(?:[\-/][a-z0-9]{1,12}){0,3}\s*,?\s*(?:ban hanh\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"(?<!\w)(?:nghi quyet|chi thi|ke hoach|quyet dinh|ket luan|thong tu|nghi dinh|luat|cong van|thong bao|huong dan|van ban|phap lenh|dieu le)(?:\s+so)?(?:\s+[^,;.:()]{0,80})?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentName();

    [GeneratedRegex(@"(?<!\w)(?:mung|tron|ky niem)\s+(?<n>\d{1,3})\s+nam(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex YearsCount();

    [GeneratedRegex(@"(?<!\w)(?:den|toi|dinh huong den|tam nhin den|muc tieu den)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Horizon();
}
