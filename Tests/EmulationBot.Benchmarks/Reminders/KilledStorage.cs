using System.Runtime.CompilerServices;
using EmulationBot.Storage;

namespace EmulationBot.Benchmarks.Reminders;

/// <summary>The shared store as one instance sees it: once that instance is killed, its calls never complete.</summary>
public sealed class KilledStorage(IStorage inner, KillSwitch kill) : IStorage
{
    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        await kill.ThrowIfDeadAsync(cancellationToken);
        return await inner.ReadAsync(key, cancellationToken);
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default)
    {
        await kill.ThrowIfDeadAsync(cancellationToken);
        return await inner.WriteAsync(key, content, eTag, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default)
    {
        await kill.ThrowIfDeadAsync(cancellationToken);
        return await inner.DeleteAsync(key, eTag, cancellationToken);
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await kill.ThrowIfDeadAsync(cancellationToken);
        await foreach (var key in inner.ListAsync(prefix, cancellationToken)) yield return key;
    }
}
