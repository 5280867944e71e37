using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// Cuts a clause into one part per deadline ("xây dựng kế hoạch trước ngày 15/6 và báo cáo trước ngày 15/12" is two),
/// and keeps a reporting cycle only where the clause asks for an action ("báo cáo", "gửi" …), so that a cited
/// document's title ("… kinh tế - xã hội hàng năm") does not become a monthly task.
/// </summary>
internal static class ObligationParts
{
    private static readonly string[] ActionWords =
        [
            "bao cao", "gui", "nop", "cap nhat", "tong hop", "kiem tra", "hop", "so ket", "tong ket", "danh gia", "thong ke", "to chuc",
            "dang ky", "dang tai", "dang tin", "dua tin", "tuyen truyen", "giao ban", "ra soat", "theo doi", "cung cap", "thong bao",
        ];

    public static IEnumerable<ObligationPart> Split(string sentence, int start, int length, List<DateMention> mentions)
    {
        var clause = sentence.Substring(start, length);
        var deadlines = mentions.Where(m => m.IsDeadline).ToList();
        var recurrence = Recurrence(clause, start, mentions);
        if (deadlines.Count == 0)
        {
            if (recurrence is not null) yield return new ObligationPart(start, start + length, null, recurrence, mentions);
            yield break;
        }
        var partStart = start;
        for (var i = 0; i < deadlines.Count; i++)
        {
            var partEnd = i + 1 < deadlines.Count ? Cut(sentence, deadlines[i].End, deadlines[i + 1].Start) : start + length;
            var own = recurrence is { } r && r.Start >= partStart && r.Start < partEnd ? recurrence : null;
            yield return new ObligationPart(partStart, partEnd, deadlines[i], own, mentions.Where(m => m.Start >= partStart && m.End <= partEnd).ToList());
            partStart = partEnd;
        }
    }

    /// <summary>Where the next task begins: at ", " or " và " after the deadline, else right after it.</summary>
    private static int Cut(string sentence, int from, int to)
    {
        var between = sentence[from..to];
        var comma = between.IndexOf(',');
        var and = between.IndexOf(" và ", StringComparison.Ordinal);
        var cut = comma >= 0 && (and < 0 || comma < and) ? comma + 1 : and >= 0 ? and : 0;
        return from + cut;
    }

    private static (Recurrence Value, int Start, int Length)? Recurrence(string clause, int offset, List<DateMention> mentions)
    {
        if (RecurrenceReader.Find(clause) is not { } found) return null;
        var folded = AlignedFold.Fold(clause);
        if (!ActionWords.Any(w => ContainsWord(folded, w))) return null;
        if (mentions.Any(m => m.Role == DateRole.CitedDocument && m.Start - offset < found.Start)) return null;
        var quoteOpen = clause.LastIndexOf('“', found.Start);
        if (quoteOpen >= 0 && clause.IndexOf('”', quoteOpen) > found.Start) return null;
        return (found.Value, found.Start + offset, found.Length);
    }

    private static bool ContainsWord(string folded, string word)
    {
        var at = 0;
        while ((at = folded.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetter(folded[at - 1]);
            var after = at + word.Length == folded.Length || !char.IsLetter(folded[at + word.Length]);
            if (before && after) return true;
            at += word.Length;
        }
        return false;
    }
}
