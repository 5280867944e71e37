namespace EmulationBot.Reminders.Broadcasts;

/// <summary>Counts for all recipients or one unit, with the names of those who acknowledged and those who did not yet.</summary>
public sealed record BroadcastTally(string? UnitId, string? Name, int Recipients, int Sent, int Pending, int Failed, int Unreachable,
    IReadOnlyList<string> Acked, IReadOnlyList<string> Waiting);
