namespace EmulationBot.Office.Audit;

/// <summary>One line of the audit trail: who did what, to what, under which plan, and when. Never changed once written.</summary>
public sealed record AuditEntry
{
    /// <summary>When it happened; stamped by the log when left at its default.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The directory key of the person (or "system" for the bot itself).</summary>
    public required string ActorKey { get; init; }

    public string? ActorName { get; init; }

    public required AuditAction Action { get; init; }

    public string? PlanId { get; init; }

    public string? UnitId { get; init; }

    /// <summary>What was acted on, readable by a person: "ĐK-2025-0012", "Báo cáo sơ kết", "12 người".</summary>
    public string? Subject { get; init; }

    /// <summary>More about it, e.g. the reason a registration was returned.</summary>
    public string? Detail { get; init; }

    /// <summary>
    /// A stable name of this one action ("commitment DK-1 v2"), given with the action's own time as <see cref="At"/>:
    /// the same action recorded again (a turn that ran twice after a state conflict) leaves one line. Not stored.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Once { get; init; }
}
