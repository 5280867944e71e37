using EmulationBot.Reminders.Delivery;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>What one run over an occurrence did, and when it needs another look (null: not before its next occasion).</summary>
public sealed record OccurrenceRun(DeliveryReport Report, DateTimeOffset? LookAt);
