using System.Text.RegularExpressions;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Corpus.Markdown;

/// <summary>
/// Finds dates in a passage and judges what each belongs to (the plan, a cited document, an anniversary, a
/// period of years, a horizon). Part of the temporary Markdown adapter, until the plans feature's date reader lands.
/// </summary>
internal static partial class DateSpotter
{
    public static List<QaDate> Find(string text)
    {
        var folded = FoldedText.Of(text);
        var found = new List<(int Start, int End, bool Day)>();
        var precisions = new Dictionary<int, QaDatePrecision>();
        foreach (var (pattern, precision) in Patterns)
        {
            foreach (Match m in pattern.Matches(folded))
            {
                if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)) continue;
                found.Add((m.Index, m.Index + m.Length, precision == QaDatePrecision.Day));
                precisions[m.Index] = precision;
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var dates = new List<QaDate>();
        for (var i = 0; i < found.Count; i++)
        {
            var (start, end, _) = found[i];
            dates.Add(new QaDate(start, end - start, Judge(folded, found, i), precisions[start]));
        }
        return dates;
    }

    private static QaDateRole Judge(string folded, List<(int Start, int End, bool Day)> found, int i)
    {
        var (start, end, day) = found[i];
        if (IsPair(folded, found, i - 1, i) || IsPair(folded, found, i, i + 1))
        {
            return day ? QaDateRole.Anniversary : QaDateRole.YearSpan;
        }
        var before = folded[Math.Max(0, start - 60)..start];
        if (CitedBefore().IsMatch(before)) return QaDateRole.CitedDocument;
        if (HorizonBefore().IsMatch(before)) return QaDateRole.Horizon;
        if (YearSpan().IsMatch(folded[start..end])) return QaDateRole.YearSpan;
        return DeadlineBefore().IsMatch(before) ? QaDateRole.Deadline : QaDateRole.Own;
    }

    /// <summary>Two dates joined by a dash, as in "(01/01/2004 - 01/01/2024)".</summary>
    private static bool IsPair(string folded, List<(int Start, int End, bool Day)> found, int a, int b)
    {
        if (a < 0 || b >= found.Count) return false;
        var between = folded[found[a].End..found[b].Start];
        return between.Trim() is "-" or "–" && found[a].Day == found[b].Day;
    }

    private static readonly (Regex Pattern, QaDatePrecision Precision)[] Patterns =
    [
        (new(@"(?<![\w/.])\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]{1,2}\s?\d{4}(?![\w/])", RegexOptions.CultureInvariant), QaDatePrecision.Day),
        (new(@"(?<!\w)(?:ngay\s+)?\d{1,2}\s+thang\s+\d{1,2}\s*,?\s*(?:nam\s+|/\s*)\d{4}(?!\w)", RegexOptions.CultureInvariant), QaDatePrecision.Day),
        (new(@"(?<!\w)thang\s+\d{1,2}\s*(?:nam\s+|/\s*)\d{4}(?!\w)", RegexOptions.CultureInvariant), QaDatePrecision.Month),
        (new(@"(?<!\w)quy\s+(?:iv|iii|ii|i|[1-4])\s*(?:nam\s+|/\s*)\d{4}(?!\w)", RegexOptions.CultureInvariant), QaDatePrecision.Quarter),
        (new(@"(?<![\w/])\d{4}\s?[\-–]\s?\d{4}(?![\w/])", RegexOptions.CultureInvariant), QaDatePrecision.Year),
        (new(@"(?<!\w)nam\s+\d{4}(?!\w)", RegexOptions.CultureInvariant), QaDatePrecision.Year),
        (new(@"(?<![\w/.])\d{1,2}/\d{4}(?![\w/])", RegexOptions.CultureInvariant), QaDatePrecision.Month),
        (new(@"(?<![\w/.])\d{1,2}/\d{1,2}(?![\w/])", RegexOptions.CultureInvariant), QaDatePrecision.Day),
    ];

    [GeneratedRegex(@"(?:\d[\w]*[/\-][a-z][\w\-/&]*|(?:ke hoach|nghi quyet|chi thi|quyet dinh|ket luan|thong tu|cong van|nghi dinh|luat)(?:\s+so)?\s+[\w\-/&]+)\s*,?\s*(?:ngay\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CitedBefore();

    [GeneratedRegex(@"(?:den|toi|dinh huong den|tam nhin den)\s*(?:nam\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HorizonBefore();

    [GeneratedRegex(@"^\d{4}\s?[\-–]\s?\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"(?:truoc|cham nhat(?: la)?|han|hoan thanh(?: trong| truoc)?|den het|trong|vao)\s*(?:thang\s*)?(?:ngay\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineBefore();
}
