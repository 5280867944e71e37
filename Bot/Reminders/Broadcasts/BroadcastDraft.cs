namespace EmulationBot.Reminders.Broadcasts;

/// <summary>The broadcast being composed, kept with the dialog between turns.</summary>
public sealed class BroadcastDraft
{
    public string? Text { get; set; }
    public string? Title { get; set; }

    /// <summary>The chosen unit; null for everyone.</summary>
    public string? UnitId { get; set; }
}
