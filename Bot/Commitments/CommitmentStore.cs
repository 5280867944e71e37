using System.Runtime.CompilerServices;
using EmulationBot.Office.Audit;
using EmulationBot.Storage;

namespace EmulationBot.Commitments;

/// <summary>
/// Registrations in the state store: created create-only, changed under their ETag, listed by plan or unit. Each carries
/// its own audit lines (<see cref="Commitment.History"/>), written with it.
/// </summary>
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
            // The withdrawn registration's audit lines stay, before the new one's.
            var replacing = commitment with { History = [.. existing.Value.History, .. commitment.History] };
            await storage.WriteAsync(key, replacing, existing.ETag, cancellationToken);
            return new CommitmentCreateResult(replacing, null);
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

    /// <summary>
    /// The audit lines of the registrations under a plan (or of every plan), each registration's newest first, read a few
    /// documents at a time, at most <paramref name="maxRecords"/> documents; unreadable documents are skipped.
    /// </summary>
    public async Task<List<AuditEntry>> HistoryAsync(string? planId, int maxRecords, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var key in storage.ListAsync(planId is null ? CommitmentKeys.Prefix : CommitmentKeys.PlanPrefix(planId), cancellationToken))
        {
            if (keys.Count == maxRecords) break;
            keys.Add(key);
        }
        var lines = new List<AuditEntry>();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (key, ct) =>
        {
            Stored<Commitment>? stored;
            try
            {
                stored = await storage.ReadAsync<Commitment>(key, ct);
            }
            catch (StorageCorruptException)
            {
                return;
            }
            if (stored is null) return;
            lock (lines) lines.AddRange(Enumerable.Reverse(stored.Value.History));
        });
        return lines;
    }
}
