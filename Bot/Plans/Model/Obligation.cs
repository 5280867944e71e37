using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Model;

/// <summary>
/// A dated action someone must do: what, who, by when (with the precision the plan gives), how often, and the
/// sentence it came from. <see cref="Id"/> stays the same across revisions so registrations can refer to it.
/// </summary>
public sealed record Obligation
{
    public required string Id { get; init; }

    public required string What { get; init; }

    public List<string> Who { get; init; } = [];

    /// <summary>The deadline; null for a purely recurring obligation ("trước ngày 10 hằng tháng").</summary>
    public PlanDate? Due { get; init; }

    /// <summary>The start of a "từ … đến …" window.</summary>
    public PlanDate? From { get; init; }

    public Recurrence? Recurrence { get; init; }

    /// <summary>The sentence of the plan this obligation was read from (empty for one the office added).</summary>
    public string Source { get; init; } = "";

    public string? SectionId { get; init; }

    public ObligationOrigin Origin { get; init; } = ObligationOrigin.Extracted;
}

public enum ObligationOrigin
{
    Extracted,
    Edited,
    Added,
}
