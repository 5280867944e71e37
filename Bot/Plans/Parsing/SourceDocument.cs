namespace EmulationBot.Plans.Parsing;

/// <summary>The lines of a plan document and the format they came from (it decides how lines join into paragraphs).</summary>
public sealed record SourceDocument(IReadOnlyList<SourceLine> Lines, SourceFormat Format);

public enum SourceFormat
{
    Markdown,
    Text,
    Docx,
}
