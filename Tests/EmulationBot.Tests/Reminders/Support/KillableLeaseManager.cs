using EmulationBot.Storage;

namespace EmulationBot.Tests.Reminders.Support;

/// <summary>One instance's view of a shared lease manager; after <see cref="Kill"/> the instance is dead: it can neither renew nor release.</summary>
internal sealed class KillableLeaseManager(ILeaseManager shared) : ILeaseManager
{
    private volatile bool _dead;

    public void Kill() => _dead = true;

    public Task<Lease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default) =>
        _dead ? throw new InvalidOperationException("This instance is dead.") : shared.TryAcquireAsync(name, duration, cancellationToken);

    public Task<bool> RenewAsync(Lease lease, CancellationToken cancellationToken = default) =>
        _dead ? throw new InvalidOperationException("This instance is dead.") : shared.RenewAsync(lease, cancellationToken);

    public Task ReleaseAsync(Lease lease, CancellationToken cancellationToken = default) =>
        _dead ? Task.CompletedTask : shared.ReleaseAsync(lease, cancellationToken);
}
