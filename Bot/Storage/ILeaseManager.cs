namespace EmulationBot.Storage;

/// <summary>
/// Expiring, exclusive ownership of a named job across bot instances — for example "only one instance runs the
/// reminders scheduler". Hold it by renewing well within <see cref="Lease.Duration"/>; a holder that stops renewing
/// (it crashed) loses it when the duration runs out, and another instance's <see cref="TryAcquireAsync"/> then succeeds.
/// </summary>
public interface ILeaseManager
{
    /// <summary>The lease (for 15 to 60 seconds, as Azure Blob leases allow), or null while another holder has it.</summary>
    Task<Lease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease by its duration; false when it was lost (expired and taken by someone else).</summary>
    Task<bool> RenewAsync(Lease lease, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up so another instance can take over at once; a lease already lost is ignored.</summary>
    Task ReleaseAsync(Lease lease, CancellationToken cancellationToken = default);
}
