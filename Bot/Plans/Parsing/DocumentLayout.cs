using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// The parts of a Vietnamese administrative plan: the header (issuer, number, place and date), the "KẾ HOẠCH" title,
/// the preamble ("Thực hiện …"), the numbered body, and the closing ("Trên đây là …", "Nơi nhận", signature).
/// </summary>
internal sealed record DocumentLayout(
    IReadOnlyList<TextBlock> Header,
    IReadOnlyList<TextBlock> Title,
    IReadOnlyList<TextBlock> Preamble,
    IReadOnlyList<TextBlock> Body,
    IReadOnlyList<TextBlock> Closing)
{
    /// <summary>True when the document says it is a plan ("KẾ HOẠCH" or a "/KH" number).</summary>
    public bool HasPlanMarker { get; init; }

    public static DocumentLayout Of(List<TextBlock> blocks)
    {
        var marker = blocks.Take(30).ToList().FindIndex(IsPlanWord);
        var titleStart = marker >= 0 ? marker + 1 : LeadingHeaderCount(blocks);
        var title = new List<TextBlock>();
        if (marker >= 0 && TitleAfterWord(blocks[marker].Text) is { Length: > 0 } inline)
        {
            title.Add(blocks[marker] with { Text = inline });
        }
        var cursor = titleStart;
        while (cursor < blocks.Count && title.Count < 2 && IsTitleLine(blocks[cursor], title))
        {
            title.Add(blocks[cursor++]);
        }
        var header = blocks.Take(marker >= 0 ? marker : titleStart).ToList();
        var rest = blocks.Skip(cursor).ToList();
        var bodyStart = FirstSection(rest);
        var closingStart = FirstClosing(rest, bodyStart);
        return new DocumentLayout(header, title, rest[..bodyStart], rest[bodyStart..closingStart], rest[closingStart..])
        {
            HasPlanMarker = marker >= 0 || header.Any(h => AlignedFold.Fold(h.Text).Contains("/kh", StringComparison.Ordinal)),
        };
    }

    private static bool IsPlanWord(TextBlock block)
    {
        var folded = AlignedFold.Fold(block.Text).Trim(' ', '.', ':', '*');
        return folded == "ke hoach" || (folded.StartsWith("ke hoach ", StringComparison.Ordinal) && ParagraphJoiner.LooksLikeHeading(block.Text));
    }

    private static string TitleAfterWord(string text) => text.Trim().Length > "KẾ HOẠCH".Length + 1 ? text.Trim()["KẾ HOẠCH".Length..].Trim(' ', ':', '-') : "";

    private static bool IsTitleLine(TextBlock block, List<TextBlock> title)
    {
        if (block.Label is not null || block.IsBullet || StartsPreamble(block.Text)) return false;
        if (title.Count == 0) return true;
        // A sentence that announces what follows ("… như sau:") opens the preamble; and a plain line after a
        // formatted (bold or capitalised) title line is not the title going on.
        var text = block.Text.TrimEnd();
        if (text.EndsWith(':') || (title[0].StandsOut && !block.StandsOut)) return false;
        return block.Text.Length < 160 && !text.EndsWith('.') && title[0].Text.Length < 200;
    }

    internal static bool StartsPreamble(string text)
    {
        var folded = AlignedFold.Fold(text);
        return folded.StartsWith("can cu", StringComparison.Ordinal) || folded.StartsWith("thuc hien", StringComparison.Ordinal)
            || folded.StartsWith("trien khai", StringComparison.Ordinal) || folded.StartsWith("nham ", StringComparison.Ordinal)
            || folded.StartsWith("de ", StringComparison.Ordinal) || folded.StartsWith("tren co so", StringComparison.Ordinal)
            || folded.StartsWith("theo ", StringComparison.Ordinal);
    }

    /// <summary>Without a "KẾ HOẠCH" line: the header is the run of short capitalised, number and date lines at the top.</summary>
    private static int LeadingHeaderCount(List<TextBlock> blocks)
    {
        var count = 0;
        while (count < blocks.Count && count < 12 && blocks[count].Label is null && blocks[count].Text.Length < 120
               && (ParagraphJoiner.LooksLikeHeading(blocks[count].Text) || HeaderParser.IsHeaderLine(blocks[count].Text)))
        {
            count++;
        }
        return count;
    }

    private static int FirstSection(List<TextBlock> rest)
    {
        var hasRoman = rest.Any(b => b.Label?.Kind == LabelKind.Roman);
        for (var i = 0; i < rest.Count; i++)
        {
            var label = rest[i].Label;
            if (hasRoman ? label?.Kind == LabelKind.Roman : label is not null || rest[i].HeadingLevel is not null) return i;
        }
        return rest.Count;
    }

    private static int FirstClosing(List<TextBlock> rest, int from)
    {
        for (var i = from; i < rest.Count; i++)
        {
            var folded = AlignedFold.Fold(rest[i].Text);
            if (folded.StartsWith("tren day la", StringComparison.Ordinal) || folded.StartsWith("noi nhan", StringComparison.Ordinal)) return i;
            if (!rest[i].IsBullet && rest[i].Label is null && rest[i].Text.TrimEnd().EndsWith("./.", StringComparison.Ordinal)) return i;
        }
        return rest.Count;
    }
}
