using EmulationBot.Concurrency;

namespace EmulationBot.Storage;

/// <summary>
/// The last known version (bytes and ETag) of recently used turn-state documents, so that a turn normally costs
/// no storage read. It is safe with several instances: every write is conditional on the cached ETag, and a
/// stale entry shows up as a conflict that reloads the document.
/// </summary>
public sealed class StateCache(int capacity = 10_000)
{
    private readonly CountedMap<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;
    private int _evicting;

    public int Count => _entries.ExactCount;

    internal int CountedEntries => _entries.Count;

    public bool TryGet(string key, out StoredItem item)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.LastUse = Interlocked.Increment(ref _clock);
            item = entry.Item;
            return true;
        }
        item = null!;
        return false;
    }

    public void Set(string key, StoredItem item)
    {
        var entry = new Entry(item) { LastUse = Interlocked.Increment(ref _clock) };
        while (true)
        {
            if (_entries.TryGetValue(key, out var current))
            {
                if (_entries.TryUpdate(key, entry, current)) return;
            }
            else if (_entries.TryAdd(key, entry))
            {
                if (_entries.Count > capacity) Evict();
                return;
            }
        }
    }

    public void Remove(string key) => _entries.TryRemove(key);

    private void Evict()
    {
        // One writer evicts while the others go on writing, so it goes again while the cache is still over its
        // capacity (a few passes at most: entries read meanwhile are recent and stay).
        if (Interlocked.CompareExchange(ref _evicting, 1, 0) != 0) return;
        try
        {
            for (var pass = 0; pass < 3 && _entries.Count > capacity; pass++) EvictOnce();
        }
        finally
        {
            Volatile.Write(ref _evicting, 0);
        }
    }

    /// <summary>Drops the least recently used tenth; cheaper than keeping an exact LRU order on every hit.</summary>
    private void EvictOnce()
    {
        var snapshot = _entries.ToArray();
        if (snapshot.Length <= capacity) return;
        var uses = Array.ConvertAll(snapshot, e => e.Value.LastUse);
        Array.Sort(uses);
        var cutoff = uses[Math.Max(1, capacity / 10)];
        foreach (var (key, entry) in snapshot)
        {
            // Only the entry seen in the snapshot: one written meanwhile is recent and stays.
            if (entry.LastUse <= cutoff) _entries.TryRemove(key, entry);
        }
    }

    private sealed class Entry(StoredItem item)
    {
        public StoredItem Item { get; } = item;
        public long LastUse;
    }
}
