using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationBot.Plans.Dates;

/// <summary>"cuối tháng 11/2022", "cuối quý III", "cuối năm 2023": the last day of that period, marked approximate.</summary>
internal static partial class EndOfPeriod
{
    public static void Scan(string folded, List<RawDate> candidates)
    {
        foreach (Match match in Pattern().Matches(folded))
        {
            int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            int month;
            if (match.Groups["m"].Success) month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            else if (match.Groups["q"].Success) month = DateScanner.ParseQuarter(match.Groups["q"].Value) * 3;
            else month = 12;
            // The day depends on the year (February); 0 means "last day", settled once the year is known.
            candidates.Add(new RawDate(match.Index, match.Index + match.Length, DatePrecision.Day, year, (month + 2) / 3, month, 0)
            {
                Worded = true,
                Approximate = true,
            });
        }
    }

    [GeneratedRegex(@"(?<!\w)cuoi\s+(?:thang\s+(?<m>1[0-2]|0?[1-9])|quy\s+(?<q>iv|iii|ii|i|[1-4])|nam)(?:\s*(?:/|-|,?\s*nam\s+|\s+)\s*(?<y>(?:19|20|21)\d\d))?(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
