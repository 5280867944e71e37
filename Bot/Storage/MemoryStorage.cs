using System.Runtime.CompilerServices;

namespace EmulationBot.Storage;

/// <summary>An in-process <see cref="IStorage"/> for tests and benchmarks; copies bytes so callers cannot alias state.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoredItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public int Count { get { lock (_gate) return _items.Count; } }

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        lock (_gate)
        {
            return Task.FromResult(_items.TryGetValue(key, out var item) ? item with { Content = item.Content.ToArray() } : null);
        }
    }

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        lock (_gate)
        {
            _items.TryGetValue(key, out var existing);
            if (!ETagRule.Allows(eTag, existing?.ETag)) throw new StorageConflictException(key);
            var newTag = $"\"{++_version}\"";
            _items[key] = new StoredItem(content.ToArray(), newTag);
            return Task.FromResult(newTag);
        }
    }

    public Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        lock (_gate)
        {
            if (!_items.TryGetValue(key, out var existing)) return Task.FromResult(false);
            if (eTag is not null && eTag != "*" && eTag != existing.ETag) throw new StorageConflictException(key);
            return Task.FromResult(_items.Remove(key));
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string[] keys;
        lock (_gate)
        {
            keys = _items.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        }
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }
        await Task.CompletedTask;
    }
}
