namespace EmulationBot.Deadlines;

/// <summary>That a unit has done one occurrence of an obligation: how (a report, or marked done), by whom and when.</summary>
public sealed record Completion
{
    /// <summary>The occurrence key (<see cref="ObligationOccurrence.Key"/>).</summary>
    public required string Key { get; init; }

    public required string ObligationId { get; init; }
    public required CompletionSource Source { get; init; }

    /// <summary>The directory key of the person who did it.</summary>
    public required string By { get; init; }
    public string? ByName { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The storage key of the report that did it, for <see cref="CompletionSource.Report"/>.</summary>
    public string? ReportKey { get; init; }
}
