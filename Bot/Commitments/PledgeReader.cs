using EmulationBot.Text;

namespace EmulationBot.Commitments;

/// <summary>
/// Reads "sáng kiến: …" (an initiative) or "điển hình: …" / "mô hình: …" (a model example), with or without
/// diacritics or in English ("initiative: …", "model: …"); text without a prefix is an initiative.
/// </summary>
public static class PledgeReader
{
    public const int MaxLength = 1000;

    private static readonly (string[] Words, PledgeKind Kind)[] Prefixes =
    [
        (["sang", "kien"], PledgeKind.Initiative),
        (["initiative"], PledgeKind.Initiative),
        (["dien", "hinh"], PledgeKind.ModelExample),
        (["mo", "hinh"], PledgeKind.ModelExample),
        (["model", "example"], PledgeKind.ModelExample),
        (["model"], PledgeKind.ModelExample),
    ];

    /// <summary>The pledge, or null when only a prefix was typed (nothing to commit to).</summary>
    public static Pledge? Parse(string text)
    {
        var trimmed = text.Trim();
        var words = VietnameseText.Syllables(VietnameseText.Fold(trimmed));
        foreach (var (prefix, kind) in Prefixes)
        {
            if (words.Count < prefix.Length || !words.Take(prefix.Length).SequenceEqual(prefix)) continue;
            var rest = trimmed[EndOfWords(trimmed, prefix.Length)..].TrimStart(' ', ':', '-', '–', '—', ',', '.').Trim();
            return rest.Length == 0 ? null : new Pledge(kind, rest);
        }
        return trimmed.Length == 0 ? null : new Pledge(PledgeKind.Initiative, trimmed);
    }

    /// <summary>The index just after the <paramref name="count"/>-th word (diacritics do not change where words end).</summary>
    private static int EndOfWords(string text, int count)
    {
        var seen = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var wordChar = char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark;
            if (wordChar && !inWord) inWord = true;
            else if (!wordChar && inWord)
            {
                inWord = false;
                if (++seen == count) return i;
            }
        }
        return text.Length;
    }
}
