using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationBot.Plans.Dates;

/// <summary>
/// Finds date expressions in folded text (see <see cref="AlignedFold"/>): every pattern is tried, then the longest
/// non-overlapping matches are kept, so "ngày 30 tháng 5 năm 2022" wins over the "tháng 5 năm 2022" inside it.
/// </summary>
internal static partial class DateScanner
{
    private const string D = @"(?<d>3[01]|[12]\d|0?[1-9])";
    private const string M = @"(?<m>1[0-2]|0?[1-9])";
    private const string Y = @"(?<y>(?:19|20|21)\d\d)";
    private const string Q = @"(?<q>iv|iii|ii|i|[1-4])";
    private const string YearJoin = @"\s*(?:/|-|,?\s*nam\s+)\s*";
    private const string End = @"(?![\w/])";

    private static readonly (Regex Pattern, DatePrecision Precision, bool Worded, bool InputOnly)[] Patterns =
    [
        (new($@"(?<![\w/.])(?:(?<ngay>ngay)\s+)?{D}\s?(?<s>[/.\-])\s?{M}\s?(?:\k<s>){{1,2}}\s?{Y}{End}", RegexOptions.CultureInvariant), DatePrecision.Day, false, false),
        (new($@"(?<!\w)(?:(?<ngay>ngay)\s+)?{D}\s+thang\s+{M}(?:\s*,?\s*(?:nam\s+|/\s*){Y})?{End}", RegexOptions.CultureInvariant), DatePrecision.Day, true, false),
        (new($@"(?<![\w/.])(?:(?<ngay>ngay)\s+)?{D}\s?/\s?{M}(?![\w/]|\s?/)", RegexOptions.CultureInvariant), DatePrecision.Day, false, false),
        (new($@"(?<!\w)ngay\s*[._…]*\s*thang\s+{M}\s*,?\s*(?:nam\s+|/\s*){Y}{End}", RegexOptions.CultureInvariant), DatePrecision.Month, true, false),
        (new($@"(?<!\w)ngay\s*[._…]*\s*thang\s*[._…]*\s*nam\s+{Y}{End}", RegexOptions.CultureInvariant), DatePrecision.Year, true, false),
        (new($@"(?<!\w)thang\s+{M}(?:{YearJoin}{Y})?{End}", RegexOptions.CultureInvariant), DatePrecision.Month, true, false),
        (new($@"(?<!\w)quy\s+{Q}(?:{YearJoin}{Y})?{End}", RegexOptions.CultureInvariant), DatePrecision.Quarter, true, false),
        (new($@"(?<!\w)nam\s+{Y}{End}", RegexOptions.CultureInvariant), DatePrecision.Year, true, false),
        (new($@"(?<![\w/.\-]){Y}-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01]){End}", RegexOptions.CultureInvariant), DatePrecision.Day, true, false),
        (new($@"(?<![\w/.\-]){Y}-(?<m>0[1-9]|1[0-2])(?![\w/\-])", RegexOptions.CultureInvariant), DatePrecision.Month, true, false),
        (new($@"(?<![\w/.\-]){Y}-q(?<q>[1-4])(?!\w)", RegexOptions.CultureInvariant), DatePrecision.Quarter, true, false),
        (new($@"(?<![\w/.])(?:quy\s*|q\s?){Q}\s*[/\-]?\s*{Y}{End}", RegexOptions.CultureInvariant), DatePrecision.Quarter, true, true),
        (new($@"(?<![\w/.]){M}\s?[/\-.]\s?{Y}{End}", RegexOptions.CultureInvariant), DatePrecision.Month, false, true),
        (new($@"(?<![\w/.\-]){Y}(?![\w/\-])", RegexOptions.CultureInvariant), DatePrecision.Year, false, true),
    ];

    public static List<RawDate> Scan(string folded, bool userInput)
    {
        var candidates = new List<RawDate>();
        foreach (var (pattern, precision, worded, inputOnly) in Patterns)
        {
            if (inputOnly && !userInput) continue;
            foreach (Match match in pattern.Matches(folded))
            {
                if (Build(match, precision, worded) is { } raw) candidates.Add(raw);
            }
        }
        EndOfPeriod.Scan(folded, candidates);
        YearSpans(folded, candidates);
        if (userInput) EnglishDates.Scan(folded, candidates);
        return Choose(candidates);
    }

    private static RawDate? Build(Match match, DatePrecision precision, bool worded)
    {
        var year = Number(match, "y");
        var month = Number(match, "m") ?? 0;
        var day = Number(match, "d") ?? 0;
        var quarter = match.Groups["q"].Success ? ParseQuarter(match.Groups["q"].Value) : (month + 2) / 3;
        if (precision == DatePrecision.Day && year is { } y && !PlanDate.IsValidDay(y, month, day)) return null;
        if (precision == DatePrecision.Day && day > DateTime.DaysInMonth(2024, month)) return null;
        return new RawDate(match.Index, match.Index + match.Length, precision, year, quarter, month, day)
        {
            Worded = worded || match.Groups["ngay"].Success,
        };
    }

    /// <summary>"2021 - 2025", "(1957 - 2022)": kept as one expression so that neither year reads as a deadline.</summary>
    private static void YearSpans(string folded, List<RawDate> candidates)
    {
        foreach (Match match in YearSpan().Matches(folded))
        {
            var first = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (second <= first) continue;
            candidates.Add(new RawDate(match.Index, match.Index + match.Length, DatePrecision.Year, second, 0, 0, 0)
            {
                SpanFirstYear = first,
                Worded = true,
            });
        }
    }

    internal static int ParseQuarter(string text) => text switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };

    private static int? Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    private static List<RawDate> Choose(List<RawDate> candidates)
    {
        var chosen = new List<RawDate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (chosen.All(c => candidate.End <= c.Start || candidate.Start >= c.End)) chosen.Add(candidate);
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    [GeneratedRegex(@"(?<![\w/.\-])(?:nam\s+)?(?<a>(?:19|20|21)\d\d)\s*[-–—]\s*(?:nam\s+)?(?<b>(?:19|20|21)\d\d)(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex YearSpan();
}
