namespace EmulationBot.Storage;

/// <summary>
/// A value read from storage and kept for a short while. When it is stale, concurrent callers share one read
/// instead of each issuing their own (no stampede on storage when many turns find the cache expired at once).
/// </summary>
public sealed class SharedRefresh<T>(TimeProvider time, TimeSpan lifetime) where T : class
{
    private readonly Lock _gate = new();
    private (T Value, DateTimeOffset At)? _current;
    private Task<T>? _loading;

    public Task<T> GetAsync(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current is { } current && time.GetUtcNow() - current.At < lifetime) return Task.FromResult(current.Value);
            if (_loading is null)
            {
                // The shared read is not cancelled by any one caller: the others still wait for it.
                var started = LoadAsync(load);
                if (started.IsCompleted) return started; // finished at once: nothing to share, nothing to clear later
                _loading = started;
            }
            return _loading.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Replaces the value (after this instance wrote it).</summary>
    public void Set(T value)
    {
        lock (_gate) _current = (value, time.GetUtcNow());
    }

    public void Invalidate()
    {
        lock (_gate) _current = null;
    }

    private async Task<T> LoadAsync(Func<CancellationToken, Task<T>> load)
    {
        try
        {
            var value = await load(CancellationToken.None);
            lock (_gate) _current = (value, time.GetUtcNow());
            return value;
        }
        finally
        {
            lock (_gate) _loading = null;
        }
    }
}
