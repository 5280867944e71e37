using EmulationBot.Storage;

namespace EmulationBot.Tests.Storage;

/// <summary>A real store that can be taken down: while <see cref="Down"/>, every call fails as an unreachable store does.</summary>
public sealed class OutageStorage(IStorage inner) : IStorage
{
    public bool Down { get; set; }

    public int FailedCalls { get; private set; }

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => Guard(() => inner.ReadAsync(key, cancellationToken));

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default) =>
        Guard(() => inner.WriteAsync(key, content, eTag, cancellationToken));

    public Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default) =>
        Guard(() => inner.DeleteAsync(key, eTag, cancellationToken));

    public IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        if (Down) throw Outage();
        return inner.ListAsync(prefix, cancellationToken);
    }

    private Task<T> Guard<T>(Func<Task<T>> call) => Down ? Task.FromException<T>(Outage()) : call();

    private StorageUnavailableException Outage()
    {
        FailedCalls++;
        return new StorageUnavailableException("Azure Blob Storage at http://127.0.0.1:10000 could not be reached (test outage).");
    }
}
