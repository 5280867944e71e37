using EmulationBot.Protocol;

namespace EmulationBot.Reminders.Delivery;

/// <summary>How one proactive message ended: delivered, the chat is gone (403/404), or it failed for now.</summary>
public sealed record SendResult(SendOutcome Outcome, string? ActivityId = null, string? Error = null, ConversationReference? Reference = null, int Throttled = 0)
{
    public static SendResult Sent(string? activityId, ConversationReference reference, int throttled) => new(SendOutcome.Sent, activityId, null, reference, throttled);

    public static SendResult Gone(string? error) => new(SendOutcome.Gone, Error: error);

    public static SendResult Failed(string? error, int throttled = 0) => new(SendOutcome.Failed, Error: error, Throttled: throttled);
}

public enum SendOutcome { Sent, Gone, Failed }
