namespace EmulationBot.Deadlines;

/// <summary>
/// The completion records of one unit under one plan: one <see cref="Completion"/> per (obligation occurrence), kept
/// together so that a unit's whole list costs one read. Changed only under its ETag.
/// </summary>
public sealed record CompletionSheet
{
    public required string PlanId { get; init; }
    public required string UnitId { get; init; }
    public Dictionary<string, Completion> Entries { get; init; } = new(StringComparer.Ordinal);

    public bool IsDone(string occurrenceKey) => Entries.ContainsKey(occurrenceKey);
}
