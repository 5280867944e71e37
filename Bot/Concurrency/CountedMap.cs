using System.Collections;
using System.Collections.Concurrent;

namespace EmulationBot.Concurrency;

/// <summary>
/// A concurrent map whose size is checked on every turn. <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes
/// every lock of the map (up to 1,024 once it has grown), so this one counts its adds and removes instead.
/// </summary>
public sealed class CountedMap<TKey, TValue>(IEqualityComparer<TKey>? comparer = null) : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _map = new(comparer);
    private int _count;

    /// <summary>The number of entries, without taking any lock.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The number of entries as the underlying map counts it, under all its locks (tests, diagnostics).</summary>
    internal int ExactCount => _map.Count;

    public bool TryGetValue(TKey key, out TValue value) => _map.TryGetValue(key, out value!);

    public bool TryAdd(TKey key, TValue value)
    {
        if (!_map.TryAdd(key, value)) return false;
        Interlocked.Increment(ref _count);
        return true;
    }

    /// <summary>The value under <paramref name="key"/>, after adding <paramref name="value"/> if there was none.</summary>
    public TValue GetOrAdd(TKey key, TValue value)
    {
        while (true)
        {
            if (_map.TryGetValue(key, out var current)) return current;
            if (TryAdd(key, value)) return value;
        }
    }

    public bool TryUpdate(TKey key, TValue value, TValue comparison) => _map.TryUpdate(key, value, comparison);

    public bool TryRemove(TKey key) => Counted(_map.TryRemove(key, out _));

    /// <summary>Removes <paramref name="key"/> only while it still holds <paramref name="value"/>.</summary>
    public bool TryRemove(TKey key, TValue value) => Counted(_map.TryRemove(new KeyValuePair<TKey, TValue>(key, value)));

    /// <summary>An atomic snapshot.</summary>
    public KeyValuePair<TKey, TValue>[] ToArray() => _map.ToArray();

    /// <summary>A lock-free walk: entries added or removed meanwhile may or may not be seen.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _map.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool Counted(bool removed)
    {
        if (removed) Interlocked.Decrement(ref _count);
        return removed;
    }
}
