using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Delivery;

/// <summary>
/// Keeps proactive sends within the rate limits: every send waits for a free slot in the bot-wide windows and in its
/// conversation's windows, and a 429 pauses everything for its Retry-After. Waits run on the injected clock.
/// </summary>
public sealed class SendPacer(IOptions<ReminderDeliveryOptions> options, TimeProvider time)
{
    private readonly IReadOnlyList<RateLimit> _global = options.Value.EffectiveGlobalLimits;
    private readonly IReadOnlyList<RateLimit> _perConversation = options.Value.EffectiveConversationLimits;
    private readonly SendLog _globalLog = new();
    private readonly Dictionary<string, SendLog> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DateTimeOffset _pausedUntil;
    private DateTimeOffset _nextPrune;

    private readonly TimeSpan _globalHorizon = options.Value.EffectiveGlobalLimits.Max(l => l.Per);
    private readonly TimeSpan _conversationHorizon = options.Value.EffectiveConversationLimits.Max(l => l.Per);

    /// <summary>Conversations whose recent sends are still remembered (bounded by the longest window).</summary>
    public int TrackedConversations { get { lock (_gate) return _conversations.Count; } }

    /// <summary>Waits until a send to <paramref name="conversationKey"/> is allowed and books it.</summary>
    public async Task WaitTurnAsync(string conversationKey, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                PruneIfDue(now);
                if (!_conversations.TryGetValue(conversationKey, out var log)) _conversations[conversationKey] = log = new SendLog();
                var at = Max(_pausedUntil, Max(_globalLog.EarliestAllowed(_global, now), log.EarliestAllowed(_perConversation, now)));
                if (at <= now)
                {
                    _globalLog.Add(now);
                    log.Add(now);
                    return;
                }
                wait = at - now;
            }
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>The connector answered 429: nobody sends until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _pausedUntil) _pausedUntil = until;
        }
    }

    private void PruneIfDue(DateTimeOffset now)
    {
        if (now < _nextPrune) return;
        _globalLog.Prune(now - _globalHorizon);
        foreach (var (key, log) in _conversations)
        {
            log.Prune(now - _conversationHorizon);
            if (log.Newest is null) _conversations.Remove(key);
        }
        _nextPrune = now + TimeSpan.FromSeconds(10);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
