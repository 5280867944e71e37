using System.Text.RegularExpressions;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// Numbers that count something ("ít nhất 01 điển hình", "20 năm", "80%"), as opposed to the numbers inside
/// dates, document numbers and years, and the ordinals of terms ("khóa XII", "lần thứ XII") — the answer to a "bao
/// nhiêu" or "khóa mấy" question.
/// </summary>
public static partial class CountNumbers
{
    public static List<(int Start, int End)> Find(string text, IEnumerable<(int Start, int End)> dates)
    {
        var folded = FoldedText.Of(text);
        var taken = dates.ToList();
        var result = new List<(int, int)>();
        foreach (Match m in Count().Matches(folded))
        {
            if (taken.Any(d => m.Index < d.End && d.Start < m.Index + m.Length)) continue;
            result.Add((m.Index, m.Index + m.Length));
        }
        return result;
    }

    // A number not part of a date (d/m, m/yyyy), a document number (791/KH, 05-CT) or a year (19xx/20xx),
    // optionally a percentage; a written-out count before a counting word; or a Roman ordinal after "khóa" / "thứ".
    [GeneratedRegex(@"(?<=(?<!\w)(?:khoa|thu) )[ivxlc]{1,6}(?!\w)|(?<![\w/.\-])(?!(?:19|20)\d\d(?!\d))\d{1,4}(?:[.,]\d+)?(?:\s?%)?(?![\w/\-]|\.\d)|(?<!\w)(?:mot|hai|ba|bon|sau|bay|tam|chin|muoi)(?= (?:dien hinh|mo hinh|sang kien|lan|dot|nguoi|tap the|ca nhan|don vi|phong|thang|nam|suat|giai|bang khen|giay khen|cong trinh|de tai|bai)(?!\w))", RegexOptions.CultureInvariant)]
    private static partial Regex Count();
}
