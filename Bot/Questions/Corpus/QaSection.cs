namespace EmulationBot.Questions.Corpus;

/// <summary>
/// One section: its id in the plan's own numbering ("III.2", or "preamble"/"closing"), its heading, its parent
/// and its passages. <see cref="HeadingFromText"/> marks a heading that is only the start of the first passage.
/// </summary>
public sealed record QaSection(string Id, string Heading, int Level, string? ParentId, IReadOnlyList<QaPassage> Passages)
{
    public const string PreambleId = "preamble";
    public const string ClosingId = "closing";

    public bool HeadingFromText { get; init; }

    public bool IsPreamble => Id == PreambleId;

    public bool IsClosing => Id == ClosingId;

    /// <summary>The passages a reader sees (facts the bot derived from the metadata are left out).</summary>
    public IEnumerable<QaPassage> Readable => Passages.Where(p => p.Fact == QaFact.None);
}
