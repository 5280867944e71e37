namespace EmulationBot.Reminders.Delivery;

/// <summary>
/// Section <c>Reminders:Delivery</c>: how fast proactive messages go out. The defaults are the Teams limits for
/// sends and conversation creation (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; about 50 per second for the
/// whole app in a tenant).
/// </summary>
public sealed class ReminderDeliveryOptions
{
    public const string Section = "Reminders:Delivery";

    /// <summary>Limits over all sends of this bot; empty means the default (50 per second).</summary>
    public List<RateLimit> GlobalLimits { get; set; } = [];

    /// <summary>Limits per conversation; empty means the Teams defaults.</summary>
    public List<RateLimit> ConversationLimits { get; set; } = [];

    /// <summary>
    /// How far under the limits to stay: 0.03 stretches every window by 3 %, so that the few milliseconds between
    /// booking a send and Teams counting it never put one send too many in a window.
    /// </summary>
    public double SafetyMargin { get; set; } = 0.03;

    /// <summary>429s for this many conversations within a second mean the app-wide limit: then every send waits.</summary>
    public int GlobalPauseAfterThrottles { get; set; } = 3;

    /// <summary>How often one message is tried again after the connector kept answering 429 (its own retries come first).</summary>
    public int MaxThrottleRetries { get; set; } = 5;

    /// <summary>The pause after a 429 that named no Retry-After.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many passes try a message that failed (5xx, unreachable connector) before it is given up.</summary>
    public int MaxSendAttempts { get; set; } = 3;

    /// <summary>The wait before a failed message is tried again (multiplied by the tries so far).</summary>
    public TimeSpan FailedRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Messages recorded in the journal together before they are sent (one write per chunk). Chunk size × concurrency
    /// bounds how many messages a crash can leave "attempted", hence how many may be resent after it.
    /// </summary>
    public int ChunkSize { get; set; } = 10;

    /// <summary>Chunks in flight at once; enough to keep the rate limit busy while journal writes happen.</summary>
    public int ChunkConcurrency { get; set; } = 8;

    /// <summary>Documents each delivery journal is split into, so that no write rewrites a huge document.</summary>
    public int JournalShards { get; set; } = 32;

    public IReadOnlyList<RateLimit> EffectiveGlobalLimits =>
        GlobalLimits.Count > 0 ? GlobalLimits : [RateLimit.Of(50, TimeSpan.FromSeconds(1))];

    public IReadOnlyList<RateLimit> EffectiveConversationLimits =>
        ConversationLimits.Count > 0
            ? ConversationLimits
            : [RateLimit.Of(7, TimeSpan.FromSeconds(1)), RateLimit.Of(8, TimeSpan.FromSeconds(2)), RateLimit.Of(60, TimeSpan.FromSeconds(30)), RateLimit.Of(1800, TimeSpan.FromHours(1))];
}
