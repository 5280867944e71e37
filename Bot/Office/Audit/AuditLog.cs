using System.Globalization;
using System.Security.Cryptography;
using EmulationBot.Commitments;
using EmulationBot.Localization;
using EmulationBot.Storage;

namespace EmulationBot.Office.Audit;

/// <summary>
/// The audit trail in the state store, from two sources. Registrations carry their own lines (registered, edited,
/// withdrawn, reviewed), written in the same request as the change (<see cref="Commitment.History"/>). Everything
/// else is one create-only document per entry, so nothing written is ever rewritten and writers never contend. Its keys
/// are grouped by Vietnam month and, inside a month, sort newest first
/// (<c>audit/2025-05/&lt;inverted ticks&gt;-&lt;tag&gt;</c>), so the latest entries are read without listing the whole trail.
/// </summary>
public sealed class AuditLog(IStorage storage, CommitmentStore commitments, TimeProvider time, ILogger<AuditLog> logger) : IAuditLog
{
    public const string Prefix = "audit/";
    private const int MonthsBack = 24;
    private const int MaxScanned = 2000;
    private const int MaxRegistrationsScanned = 20_000;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var stamped = entry.At == default ? entry with { At = time.GetUtcNow() } : entry;
        try
        {
            await storage.WriteAsync(KeyFor(stamped.At, entry.Once), stamped, null, cancellationToken);
        }
        catch (StorageConflictException) when (entry.Once is not null)
        {
            // The same action at the same instant: a turn that ran twice. It is recorded already.
        }
        catch (StorageException ex)
        {
            // The action is done and cannot be undone here; make the gap visible to operators instead.
            logger.LogError(ex, "Audit entry {Action} by {Actor} for plan {PlanId} could not be stored", stamped.Action, stamped.ActorKey, stamped.PlanId);
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, string? planId = null, CancellationToken cancellationToken = default)
    {
        var logged = await LoggedAsync(count, planId, cancellationToken);
        var recorded = await commitments.HistoryAsync(planId, MaxRegistrationsScanned, cancellationToken);
        return logged.Concat(recorded.Where(e => planId is null || e.PlanId == planId))
            .OrderByDescending(e => e.At)
            .Take(count)
            .ToList();
    }

    private async Task<List<AuditEntry>> LoggedAsync(int count, string? planId, CancellationToken cancellationToken)
    {
        var result = new List<AuditEntry>();
        var scanned = 0;
        var month = VietnamTime.ToVietnam(time.GetUtcNow());
        for (var i = 0; i < MonthsBack && result.Count < count && scanned < MaxScanned; i++, month = month.AddMonths(-1))
        {
            await foreach (var key in storage.ListAsync(MonthPrefix(month), cancellationToken))
            {
                if (++scanned > MaxScanned) break;
                Stored<AuditEntry>? stored;
                try
                {
                    stored = await storage.ReadAsync<AuditEntry>(key, cancellationToken);
                }
                catch (StorageCorruptException ex)
                {
                    logger.LogWarning(ex, "Skipped an unreadable audit entry {Key}", key);
                    continue;
                }
                if (stored is null || (planId is not null && stored.Value.PlanId != planId)) continue;
                result.Add(stored.Value);
                if (result.Count >= count) break;
            }
        }
        return result;
    }

    /// <summary>
    /// The entry's key: its time; then, so that entries of the same instant still read newest first, this process's
    /// count (counting down); then a random tag — or, for a named action, a tag from its name (and no count), so that
    /// recording it twice collides.
    /// </summary>
    internal static string KeyFor(DateTimeOffset at, string? once = null)
    {
        var time = MonthPrefix(VietnamTime.ToVietnam(at)) + (long.MaxValue - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        if (once is not null) return $"{time}-999999-{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(once)))[..16]}";
        var countDown = 999_998 - Interlocked.Increment(ref _sequence) % 999_998;
        return $"{time}-{countDown.ToString("D6", CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetHexString(16, lowercase: true)}";
    }

    private static long _sequence;

    private static string MonthPrefix(DateTimeOffset vietnamTime) =>
        Prefix + vietnamTime.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "/";
}
