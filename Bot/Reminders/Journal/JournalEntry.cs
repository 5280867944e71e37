using System.Text.Json.Serialization;

namespace EmulationBot.Reminders.Journal;

/// <summary>
/// The delivery record of one person in one journal (an obligation's deadline, a broadcast): the last occasion
/// recorded for them and how its message ended. Written before a message is sent and again after.
/// </summary>
public sealed class JournalEntry
{
    /// <summary>The occasion's key ("before-7", "due", "overdue-2", "snooze", "now", "broadcast").</summary>
    public string Occasion { get; set; } = "";

    /// <summary>The position of the scheduled occasion this entry belongs to; a later one replaces it.</summary>
    public int Index { get; set; }

    public DeliveryState State { get; set; }

    /// <summary>Attempts at the current occasion (a retry after an interrupted attempt makes 2).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Tries { get; set; }

    public DateTimeOffset? AttemptedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? ActivityId { get; set; }

    /// <summary>True when this message was sent again after an interrupted attempt: the person may have it twice.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Resent { get; set; }

    public string? Error { get; set; }

    /// <summary>The person asked to be reminded again at this time ("nhắc lại sau").</summary>
    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>When the person pressed "Đã nhận" on a broadcast.</summary>
    public DateTimeOffset? AckedAt { get; set; }

    [JsonIgnore]
    public bool IsSettled => State is DeliveryState.Sent or DeliveryState.Gone or DeliveryState.Unreachable or DeliveryState.Uncertain;
}
