using EmulationBot.Storage;

namespace EmulationBot.Reports;

/// <summary>Report submissions (create-only, one document per version) and their files in the state store.</summary>
public sealed class ReportStore(IStorage storage)
{
    private const int Attempts = 5;

    /// <summary>
    /// Saves the next version of a report: <paramref name="make"/> builds it for a version number. If the newest
    /// version already is this submission (the turn ran twice), that one is returned; if another member of the unit
    /// submitted at the same moment, the following number is taken.
    /// </summary>
    public async Task<(Report Report, string Key)> CreateAsync(string prefix, string submissionId, Func<int, string, Report> make, CancellationToken cancellationToken)
    {
        var (latest, latestKey) = await LatestAsync(prefix, cancellationToken);
        if (latest is not null && latest.SubmissionId == submissionId) return (latest, latestKey!);
        var version = (latest?.Version ?? 0) + 1;
        for (var attempt = 1; ; attempt++, version++)
        {
            var key = prefix + "v" + version.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            var report = make(version, key);
            try
            {
                await storage.WriteAsync(key, report, null, cancellationToken);
                return (report, key);
            }
            catch (StorageConflictException) when (attempt < Attempts)
            {
            }
        }
    }

    /// <summary>Every version under <paramref name="prefix"/> (<see cref="ReportKeys.Submissions"/>), oldest first.</summary>
    public async Task<IReadOnlyList<Report>> VersionsAsync(string prefix, CancellationToken cancellationToken)
    {
        var reports = new List<Report>();
        await foreach (var key in storage.ListAsync(prefix, cancellationToken))
        {
            if (await storage.ReadAsync<Report>(key, cancellationToken) is { } stored) reports.Add(stored.Value);
        }
        return reports.OrderBy(r => r.Version).ToList();
    }

    public async Task<Report?> ReadAsync(string key, CancellationToken cancellationToken) =>
        (await storage.ReadAsync<Report>(key, cancellationToken))?.Value;

    public Task SaveFileAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        storage.WriteAsync(key, content, "*", cancellationToken);

    public Task<StoredItem?> ReadFileAsync(string key, CancellationToken cancellationToken) => storage.ReadAsync(key, cancellationToken);

    private async Task<(Report? Report, string? Key)> LatestAsync(string prefix, CancellationToken cancellationToken)
    {
        string? last = null;
        await foreach (var key in storage.ListAsync(prefix, cancellationToken))
        {
            if (ReportKeys.VersionOf(key) is not null && (last is null || string.CompareOrdinal(key, last) > 0)) last = key;
        }
        return last is null ? (null, null) : (await ReadAsync(last, cancellationToken), last);
    }
}
