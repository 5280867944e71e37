namespace EmulationBot.Reminders.Scheduling;

/// <summary>The names of the delivery journals: one per occurrence of an obligation, its escalation, and each broadcast.</summary>
public static class ReminderScopes
{
    public static string Occurrence(string planId, string occurrenceKey) => planId + "/" + occurrenceKey;

    public static string Escalation(string occurrenceScope) => occurrenceScope + "/escalation";

    public static string Broadcast(string broadcastId) => "broadcasts/" + broadcastId;

    /// <summary>The occasion key of an out-of-schedule message: a snooze ended, or "nhắc ngay" (one per request).</summary>
    public const string Snooze = "snooze";

    public const string Escalate = "escalation";

    public const string Broadcasting = "broadcast";

    public static string Now(string requestId) => "now-" + requestId;
}
