using System.Collections.Concurrent;
using System.Diagnostics;

namespace EmulationBot.Benchmarks.Reminders;

/// <summary>
/// A stand-in for the Teams connector service that behaves like Teams under load: it enforces the documented rate limits
/// (per conversation 7/1 s, 8/2 s, 60/30 s; 50/1 s for the whole app) by answering 429 with Retry-After, injects a share of
/// 429, 502 and 500 answers at random (those are refused before anything is delivered), takes 20–60 ms per call, and
/// counts every message it accepted per conversation — so a run can tell delivered, duplicated and lost.
/// </summary>
public sealed class MockTeamsService(double injected429, double injected502, double injected500, int seed)
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _global = new();
    private readonly Dictionary<string, Queue<long>> _conversations = new(StringComparer.Ordinal);
    private readonly Random _random = new(seed);
    private long _requests, _limited, _faults429, _faults5xx;

    public ConcurrentDictionary<string, int> Delivered { get; } = new(StringComparer.Ordinal);
    public ConcurrentQueue<long> DeliveredAt { get; } = new();

    public long Requests => Interlocked.Read(ref _requests);
    public long RateLimited => Interlocked.Read(ref _limited);
    public long Injected429 => Interlocked.Read(ref _faults429);
    public long Injected5xx => Interlocked.Read(ref _faults5xx);

    /// <summary>The status to answer a POST to a conversation's activities; 201 means the message was delivered.</summary>
    public async Task<int> PostActivityAsync(string conversationId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var now = Stopwatch.GetTimestamp();
        int status;
        lock (_gate)
        {
            var roll = _random.NextDouble();
            if (!Admit(conversationId, now))
            {
                status = 429;
                _limited++;
            }
            else if (roll < injected429)
            {
                status = 429;
                _faults429++;
            }
            else if (roll < injected429 + injected502)
            {
                status = 502;
                _faults5xx++;
            }
            else if (roll < injected429 + injected502 + injected500)
            {
                status = 500;
                _faults5xx++;
            }
            else status = 201;
        }
        await Task.Delay(20 + Random.Shared.Next(41), cancellationToken);
        if (status == 201)
        {
            Delivered.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
            DeliveredAt.Enqueue(Stopwatch.GetTimestamp());
        }
        return status;
    }

    /// <summary>Counts the call against the windows; false (and not counted) when one of them is full.</summary>
    private bool Admit(string conversationId, long now)
    {
        if (!_conversations.TryGetValue(conversationId, out var mine)) _conversations[conversationId] = mine = new Queue<long>();
        if (Full(_global, now, 1, 50, 1) || Full(mine, now, 1, 7, 30) || Full(mine, now, 2, 8, 30) || Full(mine, now, 30, 60, 30)) return false;
        _global.Enqueue(now);
        mine.Enqueue(now);
        return true;
    }

    private static bool Full(Queue<long> calls, long now, int seconds, int limit, int keepSeconds)
    {
        var since = now - seconds * Stopwatch.Frequency;
        while (calls.Count > 0 && calls.Peek() <= now - keepSeconds * Stopwatch.Frequency) calls.Dequeue();
        var inWindow = 0;
        foreach (var at in calls) if (at > since) inWindow++;
        return inWindow >= limit;
    }
}
