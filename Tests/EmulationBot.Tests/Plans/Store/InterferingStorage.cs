using EmulationBot.Storage;

namespace EmulationBot.Tests.Plans.Store;

/// <summary>A storage that, just before the first write of one key, lets another writer act (a deterministic race).</summary>
internal sealed class InterferingStorage(IStorage inner, string key, Func<Task> interfere) : IStorage
{
    private int _done;

    public Task<StoredItem?> ReadAsync(string k, CancellationToken cancellationToken = default) => inner.ReadAsync(k, cancellationToken);

    public async Task<string> WriteAsync(string k, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default)
    {
        if (k == key && Interlocked.Exchange(ref _done, 1) == 0) await interfere();
        return await inner.WriteAsync(k, content, eTag, cancellationToken);
    }

    public Task<bool> DeleteAsync(string k, string? eTag = "*", CancellationToken cancellationToken = default) => inner.DeleteAsync(k, eTag, cancellationToken);

    public IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
}
