using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Store;

/// <summary>The published state of one plan: its current revision, the revisions it went through, and a summary for lists.</summary>
public sealed record PlanPointer
{
    public required string PlanId { get; init; }
    public required int Revision { get; init; }

    /// <summary>Every published revision, oldest first; the last is <see cref="Revision"/>.</summary>
    public List<int> History { get; init; } = [];

    public required DateTimeOffset PublishedAt { get; init; }
    public required string ContentHash { get; init; }

    public string? Number { get; init; }
    public required string Title { get; init; }
    public string? Issuer { get; init; }
    public string? Province { get; init; }
    public PlanDate? Issued { get; init; }
    public int ObligationCount { get; init; }
}
