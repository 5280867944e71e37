using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Delivery;

/// <summary>
/// Keeps the bot's sends within Teams' rate limits: every send waits for a free slot in the bot-wide windows and in its
/// conversation's windows (each stretched by the safety margin, so that jitter on the way does not tip a window over).
/// A 429 holds that conversation for its Retry-After; several conversations throttled within a second hold every send.
/// Waits run on the injected clock.
/// </summary>
public sealed class SendPacer(IOptions<ReminderDeliveryOptions> options, TimeProvider time)
{
    private static readonly TimeSpan ThrottleBurstWindow = TimeSpan.FromSeconds(1);
    private readonly IReadOnlyList<RateLimit> _global = Stretch(options.Value.EffectiveGlobalLimits, options.Value.SafetyMargin);
    private readonly IReadOnlyList<RateLimit> _perConversation = Stretch(options.Value.EffectiveConversationLimits, options.Value.SafetyMargin);
    private readonly int _throttleBurst = Math.Max(1, options.Value.GlobalPauseAfterThrottles);
    private readonly Dictionary<string, DateTimeOffset> _held = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recentThrottles = new();
    private readonly SendLog _globalLog = new();
    private readonly Dictionary<string, SendLog> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DateTimeOffset _pausedUntil;
    private DateTimeOffset _nextPrune;

    private readonly TimeSpan _globalHorizon = options.Value.EffectiveGlobalLimits.Max(l => l.Per) * 1.5;
    private readonly TimeSpan _conversationHorizon = options.Value.EffectiveConversationLimits.Max(l => l.Per) * 1.5;

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
                var at = Max(Max(_pausedUntil, _held.GetValueOrDefault(conversationKey)), Max(_globalLog.EarliestAllowed(_global, now), log.EarliestAllowed(_perConversation, now)));
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

    /// <summary>
    /// The connector answered 429 for <paramref name="conversationKey"/>: that conversation waits <paramref name="retryAfter"/>;
    /// when several conversations were throttled within a second, the app-wide limit is being hit and every send waits.
    /// </summary>
    public void Throttled(string conversationKey, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var until = now + retryAfter;
            if (until > _held.GetValueOrDefault(conversationKey)) _held[conversationKey] = until;
            _recentThrottles.Enqueue(now);
            while (_recentThrottles.Peek() <= now - ThrottleBurstWindow) _recentThrottles.Dequeue();
            if (_recentThrottles.Count >= _throttleBurst && until > _pausedUntil) _pausedUntil = until;
        }
    }

    /// <summary>Holds every send for <paramref name="retryAfter"/>.</summary>
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
        foreach (var (key, until) in _held)
        {
            if (until <= now) _held.Remove(key);
        }
        foreach (var (key, log) in _conversations)
        {
            log.Prune(now - _conversationHorizon);
            if (log.Newest is null) _conversations.Remove(key);
        }
        _nextPrune = now + TimeSpan.FromSeconds(10);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static List<RateLimit> Stretch(IReadOnlyList<RateLimit> limits, double margin) =>
        limits.Select(l => RateLimit.Of(l.Count, l.Per * (1 + Math.Clamp(margin, 0, 0.5)))).ToList();
}
