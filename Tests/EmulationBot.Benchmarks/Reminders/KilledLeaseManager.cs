using EmulationBot.Storage;

namespace EmulationBot.Benchmarks.Reminders;

/// <summary>The shared leases as one instance sees them: a killed instance can neither renew nor release.</summary>
public sealed class KilledLeaseManager(ILeaseManager inner, KillSwitch kill) : ILeaseManager
{
    public async Task<Lease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await kill.ThrowIfDeadAsync(cancellationToken);
        return await inner.TryAcquireAsync(name, duration, cancellationToken);
    }

    public async Task<bool> RenewAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        await kill.ThrowIfDeadAsync(cancellationToken);
        return await inner.RenewAsync(lease, cancellationToken);
    }

    public async Task ReleaseAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        await kill.ThrowIfDeadAsync(cancellationToken);
        await inner.ReleaseAsync(lease, cancellationToken);
    }
}
