using System.Runtime.CompilerServices;
using EmulationBot.Storage;

namespace EmulationBot.Commitments;

/// <summary>Registrations in the state store: created create-only, changed under their ETag, listed by plan or unit.</summary>
public sealed class CommitmentStore(IStorage storage)
{
    /// <summary>
    /// Writes a new registration in one create-only request. When the key is taken, it is this same registration
    /// (the turn ran twice after a state conflict), a withdrawn one (replaced under its ETag), or a duplicate.
    /// </summary>
    public async Task<CommitmentCreateResult> CreateAsync(string key, Commitment commitment, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(key, commitment, null, cancellationToken);
            return new CommitmentCreateResult(commitment, null);
        }
        catch (StorageConflictException)
        {
            var existing = await storage.ReadAsync<Commitment>(key, cancellationToken);
            if (existing is null) return await CreateAsync(key, commitment, cancellationToken);
            if (existing.Value.Number == commitment.Number) return new CommitmentCreateResult(existing.Value, null);
            if (existing.Value.Status != CommitmentStatus.Withdrawn) return new CommitmentCreateResult(null, existing.Value);
            await storage.WriteAsync(key, commitment, existing.ETag, cancellationToken);
            return new CommitmentCreateResult(commitment, null);
        }
    }

    public Task<Stored<Commitment>?> ReadAsync(string key, CancellationToken cancellationToken) =>
        storage.ReadAsync<Commitment>(key, cancellationToken);

    /// <summary>Replaces a registration if it is still the version read (<paramref name="eTag"/>); false when it changed meanwhile.</summary>
    public async Task<bool> ReplaceAsync(string key, Commitment commitment, string eTag, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(key, commitment, eTag, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>Every registration under a prefix (<see cref="CommitmentKeys.PlanPrefix"/>, <see cref="CommitmentKeys.UnitPrefix"/>).</summary>
    public async IAsyncEnumerable<Commitment> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var key in storage.ListAsync(prefix, cancellationToken))
        {
            if (await storage.ReadAsync<Commitment>(key, cancellationToken) is { } stored) yield return stored.Value;
        }
    }
}
