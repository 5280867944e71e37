using System.Collections.Concurrent;

namespace EmulationBot.Protocol;

/// <summary>Remembers recently processed activity ids so that a redelivered activity (Teams retries) runs once.</summary>
public sealed class ActivityDeduplicator
{
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly int _maxEntries;
    private int _pruning;
    // ConcurrentDictionary.Count takes every lock of the map, so each turn checks this counter instead.
    private int _count;

    public ActivityDeduplicator(TimeProvider time) : this(time, 50_000)
    {
    }

    internal ActivityDeduplicator(TimeProvider time, int maxEntries)
    {
        _time = time;
        _maxEntries = maxEntries;
    }

    internal int Count => _seen.Count;

    internal int CountedEntries => Volatile.Read(ref _count);

    public static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) ? null : $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";

    /// <summary>True for the first delivery of <paramref name="key"/> within the window.</summary>
    public bool TryBegin(string key)
    {
        var now = _time.GetTimestamp();
        if (Volatile.Read(ref _count) > _maxEntries) Prune(now);
        while (true)
        {
            if (_seen.TryAdd(key, now))
            {
                Interlocked.Increment(ref _count);
                return true;
            }
            if (!_seen.TryGetValue(key, out var at)) continue; // pruned meanwhile
            if (_time.GetElapsedTime(at, now) <= Window) return false;
            // Past the window: only one of two redeliveries arriving together may take it.
            if (_seen.TryUpdate(key, now, at)) return true;
        }
    }

    /// <summary>Lets a failed turn be retried by a redelivery.</summary>
    public void Forget(string key) => Remove(key);

    /// <summary>
    /// Drops what is past the window and, if still too many (a flood of distinct ids), the oldest half. One turn prunes
    /// while the others go on; it works on an atomic snapshot, since entries come and go meanwhile.
    /// </summary>
    private void Prune(long now)
    {
        if (Interlocked.CompareExchange(ref _pruning, 1, 0) != 0) return;
        try
        {
            var snapshot = _seen.ToArray();
            var kept = snapshot.Length;
            foreach (var (key, at) in snapshot)
            {
                if (_time.GetElapsedTime(at, now) > Window && Remove(key)) kept--;
            }
            if (kept <= _maxEntries) return;
            Array.Sort(snapshot, (a, b) => a.Value.CompareTo(b.Value));
            foreach (var (key, _) in snapshot.AsSpan(0, snapshot.Length / 2)) Remove(key);
        }
        finally
        {
            Volatile.Write(ref _pruning, 0);
        }
    }

    private bool Remove(string key)
    {
        if (!_seen.TryRemove(key, out _)) return false;
        Interlocked.Decrement(ref _count);
        return true;
    }
}
