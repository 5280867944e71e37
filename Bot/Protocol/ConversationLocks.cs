namespace EmulationBot.Protocol;

/// <summary>Runs the turns of one conversation one at a time (double clicks, Teams retries), others in parallel.</summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(conversationId, entry, held: false);
            throw;
        }
        return new Releaser(this, conversationId, entry);
    }

    internal int Count { get { lock (_gate) return _entries.Count; } }

    private void Release(string conversationId, Entry entry, bool held)
    {
        if (held) entry.Semaphore.Release();
        lock (_gate)
        {
            if (--entry.Users == 0) _entries.Remove(conversationId);
        }
    }

    private sealed class Entry
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    private sealed class Releaser(ConversationLocks owner, string conversationId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Release(conversationId, entry, held: true);
        }
    }
}
