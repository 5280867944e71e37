namespace EmulationBot.Reminders.Outbox;

/// <summary>
/// Work asked for in a turn that the scheduler carries out (it alone sends, paced, with a journal): a broadcast, or a
/// "nhắc ngay" for the people still missing on an occurrence.
/// </summary>
public sealed record OutboxJob
{
    public required string Id { get; init; }
    public required OutboxJobKind Kind { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The directory key of who asked.</summary>
    public string? RequestedBy { get; init; }

    public string? BroadcastId { get; init; }

    public string? PlanId { get; init; }
    public string? OccurrenceKey { get; init; }
    public string? UnitId { get; init; }

    /// <summary>For "nhắc ngay": the people who were missing when it was pressed (those done by delivery time are skipped).</summary>
    public List<string> PersonKeys { get; init; } = [];

    /// <summary>For "nhắc ngay": the occasion of the occurrence it stands for (a scheduled reminder of it is then not owed again).</summary>
    public int Index { get; init; } = -1;
}

public enum OutboxJobKind { RemindNow, Broadcast }
