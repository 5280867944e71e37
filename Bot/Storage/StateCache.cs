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

    public int Count => _entries.Count;

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
        _entries[key] = new Entry(item) { LastUse = Interlocked.Increment(ref _clock) };
        if (_entries.Count > capacity) Evict();
    }

    public void Remove(string key) => _entries.TryRemove(key, out _);

    private void Evict()
    {
        // Drop the least recently used tenth in one pass; cheaper than keeping an exact LRU order on every hit.
        var cutoff = _entries.Values.Select(e => e.LastUse).Order().ElementAtOrDefault(Math.Max(1, capacity / 10));
        foreach (var (key, entry) in _entries)
        {
            if (entry.LastUse <= cutoff) _entries.TryRemove(key, out _);
        }
    }

    private sealed class Entry(StoredItem item)
    {
        public StoredItem Item { get; } = item;
        public long LastUse;
    }
}
