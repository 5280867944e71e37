using System.Collections.Concurrent;

namespace EmulationBot.Storage;

/// <summary>
/// The last known version (bytes and ETag) of recently used turn-state documents, so that a turn normally costs
/// no storage read. It is safe with several instances: every write is conditional on the cached ETag, and a
/// stale entry shows up as a conflict that reloads the document.
/// </summary>
public sealed class StateCache(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;
    // ConcurrentDictionary.Count takes every lock of the map (up to 1,024 once it has grown), so the size the cap is
    // checked against on every write is counted here instead.
    private int _count;
    private int _evicting;

    public int Count => _entries.Count;

    internal int CountedEntries => Volatile.Read(ref _count);

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
                if (Interlocked.Increment(ref _count) > capacity) Evict();
                return;
            }
        }
    }

    public void Remove(string key)
    {
        if (_entries.TryRemove(key, out _)) Interlocked.Decrement(ref _count);
    }

    private void Evict()
    {
        // One writer evicts while the others go on. It drops the least recently used tenth in one pass, which is
        // cheaper than keeping an exact LRU order on every hit.
        if (Interlocked.CompareExchange(ref _evicting, 1, 0) != 0) return;
        try
        {
            var snapshot = _entries.ToArray();
            if (snapshot.Length <= capacity) return;
            var uses = Array.ConvertAll(snapshot, e => e.Value.LastUse);
            Array.Sort(uses);
            var cutoff = uses[Math.Max(1, capacity / 10)];
            foreach (var (key, entry) in snapshot)
            {
                // Only the entry seen in the snapshot: one written meanwhile is recent and stays.
                if (entry.LastUse <= cutoff && _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry))) Interlocked.Decrement(ref _count);
            }
        }
        finally
        {
            Volatile.Write(ref _evicting, 0);
        }
    }

    private sealed class Entry(StoredItem item)
    {
        public StoredItem Item { get; } = item;
        public long LastUse;
    }
}
