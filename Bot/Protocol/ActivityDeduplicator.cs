using EmulationBot.Concurrency;

namespace EmulationBot.Protocol;

/// <summary>Remembers recently processed activity ids so that a redelivered activity (Teams retries) runs once.</summary>
public sealed class ActivityDeduplicator
{
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly CountedMap<string, long> _seen = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly int _maxEntries;
    private int _pruning;

    public ActivityDeduplicator(TimeProvider time) : this(time, 50_000)
    {
    }

    internal ActivityDeduplicator(TimeProvider time, int maxEntries)
    {
        _time = time;
        _maxEntries = maxEntries;
    }

    internal int Count => _seen.ExactCount;

    internal int CountedEntries => _seen.Count;

    public static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) ? null : $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";

    /// <summary>True for the first delivery of <paramref name="key"/> within the window.</summary>
    public bool TryBegin(string key)
    {
        var now = _time.GetTimestamp();
        if (_seen.Count > _maxEntries) Prune(now);
        while (true)
        {
            if (_seen.TryAdd(key, now)) return true;
            if (!_seen.TryGetValue(key, out var at)) continue; // pruned meanwhile
            if (_time.GetElapsedTime(at, now) <= Window) return false;
            // Past the window: only one of two redeliveries arriving together may take it.
            if (_seen.TryUpdate(key, now, at)) return true;
        }
    }

    /// <summary>Lets a failed turn be retried by a redelivery.</summary>
    public void Forget(string key) => _seen.TryRemove(key);

    /// <summary>
    /// Drops what is past the window and, if still too many (a flood of distinct ids), the oldest half. One turn prunes
    /// while the others go on; it works on an atomic snapshot, since entries come and go meanwhile.
    /// </summary>
    private void Prune(long now)
    {
        if (Interlocked.CompareExchange(ref _pruning, 1, 0) != 0) return;
        try
        {
            // The other turns go on adding meanwhile, so it goes again until the map is back under its cap.
            do PruneOnce(now);
            while (_seen.Count > _maxEntries);
        }
        finally
        {
            Volatile.Write(ref _pruning, 0);
        }
    }

    private void PruneOnce(long now)
    {
        var snapshot = _seen.ToArray();
        var kept = snapshot.Length;
        foreach (var (key, at) in snapshot)
        {
            if (_time.GetElapsedTime(at, now) > Window && _seen.TryRemove(key)) kept--;
        }
        if (kept <= _maxEntries) return;
        Array.Sort(snapshot, (a, b) => a.Value.CompareTo(b.Value));
        foreach (var (key, _) in snapshot.AsSpan(0, snapshot.Length / 2)) _seen.TryRemove(key);
    }
}
