namespace EmulationBot.Plans.Parsing;

/// <summary>
/// One line (Markdown, text) or paragraph (Word) of a plan document, cleaned of markup. An empty text is a blank line.
/// </summary>
/// <param name="HeadingLevel">From a Markdown '#' or a Word heading style; a hint only, the numbering decides the tree.</param>
/// <param name="IsBullet">A list item without a number ("- ", "+ ", "•", a Word bullet).</param>
/// <param name="IsEmphasized">Set apart by formatting: a heading, a line in bold (Markdown <c>**…**</c>, Word bold runs).</param>
public sealed record SourceLine(string Text, int? HeadingLevel = null, bool IsBullet = false, bool IsEmphasized = false)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
