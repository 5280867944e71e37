namespace EmulationBot.Reminders.Broadcasts;

/// <summary>Where a broadcast stands: totals, and per unit who was sent it and who acknowledged it.</summary>
public sealed record BroadcastSummary(Broadcast Broadcast, BroadcastTally Totals, IReadOnlyList<BroadcastTally> Units);
