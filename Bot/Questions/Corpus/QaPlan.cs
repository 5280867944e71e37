namespace EmulationBot.Questions.Corpus;

/// <summary>
/// A plan as the question answerer sees it: what names it, and its sections in document order. Built by an
/// adapter from the plans feature's model, so that retrieval depends on nothing but this small shape.
/// </summary>
public sealed record QaPlan
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The movement's theme or full name, when the plan states one.</summary>
    public string? Theme { get; init; }

    /// <summary>The plan's number as printed ("125/KH-SKHCN", or "/KH-SKHCN" when left blank).</summary>
    public string? Number { get; init; }

    public string? Issuer { get; init; }

    public string? Province { get; init; }

    /// <summary>The issue date as people write it: "14/03/2025", or "tháng 5/2022" when the day was left blank.</summary>
    public string? Issued { get; init; }

    /// <summary>Every section, depth first (the preamble first, the closing last).</summary>
    public required IReadOnlyList<QaSection> Sections { get; init; }

    public IReadOnlyList<QaObligation> Obligations { get; init; } = [];

    /// <summary>How answers name the plan: "Kế hoạch của Sở KHCN Quảng Bình".</summary>
    public string Name => PlanNames.Describe(this);

    public QaSection? FindSection(string id) => Sections.FirstOrDefault(s => s.Id == id);
}
