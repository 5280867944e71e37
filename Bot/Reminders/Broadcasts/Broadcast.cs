using EmulationBot.Reminders.Audience;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>An announcement from the office, with the people it was addressed to when it was sent (so the summary proves who was told).</summary>
public sealed record Broadcast
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public required string Text { get; init; }

    /// <summary>The unit it went to; null for everyone.</summary>
    public string? UnitId { get; init; }

    public required string AudienceName { get; init; }
    public required string CreatedBy { get; init; }
    public string? CreatedByName { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public List<ReminderRecipient> Recipients { get; init; } = [];
}
