using EmulationBot.Concurrency;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using Microsoft.Extensions.Options;

namespace EmulationBot.Conversation;

/// <summary>
/// Slows down one user who floods the bot, without touching anyone else and before any state is read: each user
/// has a token bucket; past it, the user is told once, politely, to slow down, and further messages are dropped
/// (answered 200, so Teams does not retry them) until the bucket refills. Over-long messages are refused politely.
/// </summary>
public sealed class FloodGuardMiddleware(IOptions<FloodGuardOptions> options, Strings strings, TimeProvider time, ILogger<FloodGuardMiddleware> logger) : Protocol.IMiddleware
{
    private const int MaxTrackedUsers = 100_000;
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PruneOverCapEvery = TimeSpan.FromSeconds(1);
    private readonly CountedMap<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private long _lastPrune = time.GetTimestamp();

    /// <summary>Users whose recent messages are remembered: those who wrote within about a refill's time.</summary>
    internal int TrackedUsers => _buckets.ExactCount;

    internal int CountedUsers => _buckets.Count;

    public async Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var counted = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && activity.From?.Id is not null;
        if (!counted)
        {
            await next(cancellationToken);
            return;
        }

        var language = LanguageDetector.Detect(activity.Text) ?? Language.Vietnamese;
        switch (Take(activity.ChannelId + "|" + activity.From!.Id))
        {
            case Verdict.Refuse:
                return;
            case Verdict.Warn:
                logger.LogWarning("User {UserId} is sending too fast; slowing them down", activity.From.Id);
                await ReplyAsync(turn, strings.Get(language, "common.slowDown"), cancellationToken);
                return;
        }
        if (activity.Text?.Length > options.Value.MaxTextLength)
        {
            await ReplyAsync(turn, strings.Get(language, "common.tooLong", options.Value.MaxTextLength), cancellationToken);
            return;
        }
        await next(cancellationToken);
    }

    private static Task ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(text);
            return Task.CompletedTask;
        }
        return turn.SendTextAsync(text, cancellationToken);
    }

    private Verdict Take(string user)
    {
        var now = time.GetTimestamp();
        // One turn prunes at a time: every minute, or every second while over the cap (not on every turn of a flood
        // of new ids, since a prune reads the whole map).
        var last = Interlocked.Read(ref _lastPrune);
        var since = time.GetElapsedTime(last, now);
        if ((since >= PruneEvery || (_buckets.Count > MaxTrackedUsers && since >= PruneOverCapEvery))
            && Interlocked.CompareExchange(ref _lastPrune, now, last) == last)
        {
            Prune(now);
        }
        if (!_buckets.TryGetValue(user, out var bucket)) bucket = _buckets.GetOrAdd(user, new Bucket(options.Value.Burst, now));
        lock (bucket)
        {
            var refill = time.GetElapsedTime(bucket.Updated, now).TotalMinutes * options.Value.PerMinute;
            bucket.Tokens = Math.Min(options.Value.Burst, bucket.Tokens + refill);
            bucket.Updated = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                bucket.Warned = false;
                return Verdict.Pass;
            }
            if (bucket.Warned) return Verdict.Refuse;
            bucket.Warned = true;
            return Verdict.Warn;
        }
    }

    /// <summary>Forgets users whose bucket is full again: they are indistinguishable from new ones.</summary>
    private void Prune(long now)
    {
        var fullAfter = TimeSpan.FromMinutes((double)options.Value.Burst / Math.Max(1, options.Value.PerMinute));
        foreach (var (user, bucket) in _buckets)
        {
            if (time.GetElapsedTime(bucket.Updated, now) > fullAfter) _buckets.TryRemove(user, bucket);
        }
    }

    private enum Verdict { Pass, Warn, Refuse }

    private sealed class Bucket(double tokens, long updated)
    {
        public double Tokens = tokens;
        public long Updated = updated;
        public bool Warned;
    }
}
