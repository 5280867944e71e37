using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationBot.Plans.Dates;

/// <summary>English forms a user may type: "30 May 2022", "May 30, 2022", "May 2022", "Q3 2025".</summary>
internal static partial class EnglishDates
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static string MonthName(int month) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Months[month - 1]);

    public static void Scan(string folded, List<RawDate> candidates)
    {
        foreach (Match match in DayFirst().Matches(folded)) Add(match, candidates);
        foreach (Match match in MonthFirst().Matches(folded)) Add(match, candidates);
    }

    private static void Add(Match match, List<RawDate> candidates)
    {
        var month = MonthOf(match.Groups["mon"].Value);
        if (month == 0) return;
        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        var hasDay = match.Groups["d"].Success;
        var day = hasDay ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        if (!hasDay && year is null) return;
        if (hasDay && day > DateTime.DaysInMonth(year ?? 2024, month)) return;
        candidates.Add(new RawDate(match.Index, match.Index + match.Length, hasDay ? DatePrecision.Day : DatePrecision.Month, year, (month + 2) / 3, month, day)
        {
            Worded = true,
        });
    }

    private static int MonthOf(string name)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (name.Length >= 3 && Months[i].StartsWith(name, StringComparison.Ordinal)) return i + 1;
        }
        return name == "sept" ? 9 : 0;
    }

    private const string Mon = @"(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?";

    [GeneratedRegex(@"(?<!\w)(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?" + Mon + @"(?:,?\s+(?<y>(?:19|20|21)\d\d))?(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<!\w)" + Mon + @"(?:\s+(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?(?:,?\s+(?<y>(?:19|20|21)\d\d))?(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();
}
