using System.Text.RegularExpressions;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// Recognises the sentence that sets the movement's period ("Thời gian phát động: Từ ngày phát động … đến hết ngày
/// 31 tháng 10 năm 2023", "Đợt thi đua diễn ra từ … đến …"): it bounds the movement and is nobody's obligation.
/// </summary>
internal static partial class PeriodFinder
{
    public static bool IsPeriodSentence(string sentence, PlanSection section)
    {
        var folded = AlignedFold.Fold(sentence).TrimStart();
        if (folded.StartsWith("thoi gian", StringComparison.Ordinal)) return true;
        if (AlignedFold.Fold(section.Heading).StartsWith("thoi gian", StringComparison.Ordinal) && section.Heading.Length < 60) return true;
        return MovementRuns().IsMatch(folded);
    }

    public static PlanPeriod? Read(string sentence, IReadOnlyList<DateMention> mentions, string sectionId)
    {
        var own = mentions.Where(m => m.Role is DateRole.Plain or DateRole.YearSpan).ToList();
        if (own.Count == 0) return null;
        var range = own.FirstOrDefault(m => m.Marker == DateMarker.Range);
        if (range is not null) return new PlanPeriod { From = range.RangeStart, To = range.Value, Source = sentence, SectionId = sectionId };
        var end = own.LastOrDefault(m => m.Marker is DateMarker.Until or DateMarker.Before or DateMarker.NoLaterThan) ?? own[^1];
        var folded = AlignedFold.Fold(sentence);
        var start = StartsAt().Match(folded[..end.Start]);
        var startsAt = start.Success ? sentence.Substring(start.Groups["what"].Index, start.Groups["what"].Length).Trim() : null;
        var from = own.FirstOrDefault(m => m != end && m.Start < end.Start && folded[..m.Start].TrimEnd().EndsWith("tu", StringComparison.Ordinal))?.Value;
        return new PlanPeriod { From = from, To = end.Value, StartsAt = from is null ? startsAt : null, Source = sentence, SectionId = sectionId };
    }

    [GeneratedRegex(@"^(?:dot|phong trao|cuoc) thi dua[^.;]{0,80}?(?:dien ra|keo dai|bat dau|duoc (?:to chuc|phat dong|trien khai|thuc hien))\s+(?:tu|trong|den)", RegexOptions.CultureInvariant)]
    private static partial Regex MovementRuns();

    [GeneratedRegex(@"(?<!\w)tu\s+(?<what>(?:ngay|khi|sau khi)\s+[^,;.]{3,120}?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StartsAt();
}
