namespace EmulationBot.Plans.Parsing;

/// <summary>
/// Joins lines into paragraphs: Markdown soft-wrapped lines, and paragraphs a page break cut in two
/// ("… xây dựng ý thức" / "học tập, lao động …"): the first does not end a sentence and the second starts in lower case.
/// </summary>
internal static class ParagraphJoiner
{
    public static List<TextBlock> Join(SourceDocument document)
    {
        var blocks = new List<TextBlock>();
        var pending = new List<SourceLine>();
        var blankSincePending = false;
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
            {
                blankSincePending = pending.Count > 0;
                continue;
            }
            if (pending.Count > 0 && ContinuesParagraph(pending[^1], line, document.Format, blankSincePending))
            {
                pending.Add(line);
                blankSincePending = false;
                continue;
            }
            Flush(pending, blocks);
            pending.Add(line);
            blankSincePending = false;
        }
        Flush(pending, blocks);
        return blocks;
    }

    private static bool ContinuesParagraph(SourceLine previous, SourceLine next, SourceFormat format, bool blankBetween)
    {
        if (next.IsBullet || next.HeadingLevel is not null || previous.HeadingLevel is not null) return false;
        if (HeadingLabel.Parse(next.Text) is not null) return false;
        if (!blankBetween && format == SourceFormat.Markdown && !LooksLikeHeading(previous.Text)) return true;
        return !EndsSentence(previous.Text) && StartsContinuation(next.Text) && !LooksLikeHeading(previous.Text);
    }

    /// <summary>An all-capitals line ("KẾ HOẠCH", "I- MỤC ĐÍCH") never continues into the next one.</summary>
    internal static bool LooksLikeHeading(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper);
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or ':' or ';' or '!' or '?' or '…' or '”' or '"' or '’' or ')' or '»';
    }

    private static bool StartsContinuation(string text)
    {
        var first = text[0];
        if (char.IsLetter(first)) return char.IsLower(first);
        return first == '(' && text.Length > 1 && char.IsDigit(text[1]);
    }

    private static void Flush(List<SourceLine> pending, List<TextBlock> blocks)
    {
        if (pending.Count == 0) return;
        var text = string.Join(' ', pending.Select(l => l.Text.Trim()));
        blocks.Add(new TextBlock(text, pending[0].IsBullet, pending[0].HeadingLevel, pending.All(l => l.IsEmphasized)));
        pending.Clear();
    }
}
