using System.Runtime.CompilerServices;
using EmulationBot.Storage;

namespace EmulationBot.Tests.Support;

/// <summary>An <see cref="IStorage"/> decorator that counts the requests a real store would receive (a list counts once).</summary>
public sealed class CountingStorage(IStorage inner) : IStorage
{
    private int _reads;
    private int _writes;
    private int _deletes;
    private int _lists;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log = new();

    public int Reads => _reads;
    public int Writes => _writes;
    public int Deletes => _deletes;
    public int Lists => _lists;
    public int Total => _reads + _writes + _deletes + _lists;

    /// <summary>"read users/…", "write commitments/…": what was asked, in order, to explain a failed count.</summary>
    public IReadOnlyCollection<string> Log => _log;

    public void Reset()
    {
        _reads = _writes = _deletes = _lists = 0;
        _log.Clear();
    }

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        _log.Enqueue("read " + key);
        return inner.ReadAsync(key, cancellationToken);
    }

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        _log.Enqueue("write " + key);
        return inner.WriteAsync(key, content, eTag, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _deletes);
        _log.Enqueue("delete " + key);
        return inner.DeleteAsync(key, eTag, cancellationToken);
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _lists);
        _log.Enqueue("list " + prefix);
        await foreach (var key in inner.ListAsync(prefix, cancellationToken)) yield return key;
    }
}
