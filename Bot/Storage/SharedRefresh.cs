namespace EmulationBot.Storage;

/// <summary>
/// A value read from storage and kept for a short while. When it is stale, concurrent callers share one read
/// instead of each issuing their own (no stampede on storage when many turns find the cache expired at once).
/// A read that started before an <see cref="Invalidate"/> or <see cref="Set"/> answers only its own callers: it
/// never replaces what came after it, so a plan this instance just published is not hidden by a list read before.
/// </summary>
public sealed class SharedRefresh<T>(TimeProvider time, TimeSpan lifetime) where T : class
{
    private readonly Lock _gate = new();
    private (T Value, DateTimeOffset At)? _current;
    private Task<T>? _loading;
    private long _generation;

    public Task<T> GetAsync(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current is { } current && time.GetUtcNow() - current.At < lifetime) return Task.FromResult(current.Value);
            if (_loading is null)
            {
                // The shared read is not cancelled by any one caller: the others still wait for it.
                var started = LoadAsync(load, _generation);
                if (started.IsCompleted) return started; // finished at once: nothing to share, nothing to clear later
                _loading = started;
            }
            return _loading.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Replaces the value (after this instance wrote it).</summary>
    public void Set(T value)
    {
        lock (_gate)
        {
            _current = (value, time.GetUtcNow());
            Supersede();
        }
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _current = null;
            Supersede();
        }
    }

    /// <summary>Detaches the read in flight, if any: later callers start their own.</summary>
    private void Supersede()
    {
        _generation++;
        _loading = null;
    }

    private async Task<T> LoadAsync(Func<CancellationToken, Task<T>> load, long generation)
    {
        try
        {
            var value = await load(CancellationToken.None);
            lock (_gate)
            {
                if (generation == _generation) _current = (value, time.GetUtcNow());
            }
            return value;
        }
        finally
        {
            lock (_gate)
            {
                if (generation == _generation) _loading = null;
            }
        }
    }
}
