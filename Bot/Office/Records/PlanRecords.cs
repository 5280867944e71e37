using EmulationBot.Commitments;
using EmulationBot.Reports;
using EmulationBot.Storage;

namespace EmulationBot.Office.Records;

/// <summary>A plan's registrations and reports as the guided flows stored them, with their storage keys, for review and exports.</summary>
public sealed class PlanRecords(IStorage storage, CommitmentStore commitments, ReportStore reports, ILogger<PlanRecords> logger)
{
    /// <summary>The registrations under the plan (withdrawn ones included: the caller decides), for the given units or all.</summary>
    public async Task<List<KeyedCommitment>> CommitmentsAsync(string planId, IReadOnlyCollection<string>? unitIds, CancellationToken cancellationToken)
    {
        var result = new List<KeyedCommitment>();
        foreach (var prefix in unitIds is null ? [CommitmentKeys.PlanPrefix(planId)] : unitIds.Select(u => CommitmentKeys.UnitPrefix(planId, u)))
        {
            await foreach (var key in storage.ListAsync(prefix, cancellationToken))
            {
                if (await ReadAsync(() => commitments.ReadAsync(key, cancellationToken), key) is { } stored) result.Add(new KeyedCommitment(key, stored.Value));
            }
        }
        return result;
    }

    /// <summary>The newest version of every report under the plan (one per unit and occurrence), with how many versions there are.</summary>
    public async Task<List<KeyedReport>> LatestReportsAsync(string planId, IReadOnlyCollection<string>? unitIds, CancellationToken cancellationToken)
    {
        var newest = new Dictionary<string, (string Key, int Version, int Count)>(StringComparer.Ordinal);
        await foreach (var key in storage.ListAsync($"{ReportKeys.Prefix}{planId}/", cancellationToken))
        {
            if (ReportKeys.VersionOf(key) is not { } version) continue;
            var folder = key[..key.LastIndexOf('/')];
            newest[folder] = newest.TryGetValue(folder, out var seen)
                ? (version > seen.Version ? (key, version, seen.Count + 1) : seen with { Count = seen.Count + 1 })
                : (key, version, 1);
        }
        var result = new List<KeyedReport>();
        foreach (var (key, _, count) in newest.Values)
        {
            if (await ReadAsync(() => reports.ReadStoredAsync(key, cancellationToken), key) is not { } stored) continue;
            if (unitIds is null || (stored.Value.UnitId is { } unit && unitIds.Contains(unit))) result.Add(new KeyedReport(key, stored.Value, count));
        }
        return result;
    }

    private async Task<Stored<T>?> ReadAsync<T>(Func<Task<Stored<T>?>> read, string key)
    {
        try
        {
            return await read();
        }
        catch (StorageCorruptException ex)
        {
            logger.LogWarning(ex, "Skipped an unreadable record {Key}", key);
            return null;
        }
    }
}

/// <summary>A registration and where it is stored.</summary>
public sealed record KeyedCommitment(string Key, Commitment Commitment);

/// <summary>The newest version of a report, where it is stored, and how many versions were sent.</summary>
public sealed record KeyedReport(string Key, Report Report, int Versions);
