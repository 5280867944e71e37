namespace EmulationBot.Plans.Model;

/// <summary>
/// One section of a plan. <see cref="Id"/> follows the plan's own numbering ("III", "III.2", "III.2.a") so it stays
/// the same across revisions and reads as a citation: "Mục III.2". The preamble is "preamble", the closing "closing".
/// </summary>
public sealed record PlanSection
{
    public const string PreambleId = "preamble";
    public const string ClosingId = "closing";

    public required string Id { get; init; }

    /// <summary>The number as printed: "III", "2", "a"; empty for unnumbered sections.</summary>
    public string Label { get; init; } = "";

    public required string Heading { get; init; }

    /// <summary>1 for I, II, III; 2 for 1, 2, 3 under them; and so on.</summary>
    public int Level { get; init; } = 1;

    public SectionKind Kind { get; init; } = SectionKind.Body;

    /// <summary>The section's own text, paragraph by paragraph and bullet by bullet, as written.</summary>
    public List<PlanPassage> Passages { get; init; } = [];

    public List<PlanSection> Children { get; init; } = [];

    public IEnumerable<PlanSection> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}

public enum SectionKind
{
    Preamble,
    Body,
    Closing,
}
