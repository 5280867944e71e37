namespace EmulationBot.Storage;

/// <summary>The lease manager of a single instance (file or memory storage): leases kept in memory, on the injected clock.</summary>
/// <remarks>It follows the Blob rules, so code tested on it behaves the same over Blob: a lease expires after its
/// duration, and an expired lease can still be renewed by its holder until someone else acquires it.</remarks>
public sealed class InProcessLeaseManager(TimeProvider time) : ILeaseManager
{
    private readonly Dictionary<string, (string Id, DateTimeOffset ExpiresAt)> _leases = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<Lease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        Lease.ValidateDuration(duration);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_leases.TryGetValue(name, out var current) && current.ExpiresAt > now) return Task.FromResult<Lease?>(null);
            var id = Guid.NewGuid().ToString();
            _leases[name] = (id, now + duration);
            return Task.FromResult<Lease?>(new Lease(name, id, duration));
        }
    }

    public Task<bool> RenewAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_leases.TryGetValue(lease.Name, out var current) || current.Id != lease.Id) return Task.FromResult(false);
            _leases[lease.Name] = (lease.Id, time.GetUtcNow() + lease.Duration);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(lease.Name, out var current) && current.Id == lease.Id) _leases.Remove(lease.Name);
        }
        return Task.CompletedTask;
    }
}
