using System.Collections.Concurrent;
using EmulationBot.Plans.Model;
using EmulationBot.Storage;

namespace EmulationBot.Plans.Store;

/// <summary>
/// Published plans read from storage. Revisions never change, so they are cached for good; the list of published
/// plans is cached briefly (and dropped at once when this instance publishes).
/// </summary>
public sealed class PlanCatalog(IStorage storage, TimeProvider time, ILogger<PlanCatalog> logger) : IPlanCatalog
{
    private static readonly TimeSpan ListLifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, PublishedPlan> _revisions = new(StringComparer.Ordinal);
    private (IReadOnlyList<PlanSummary> Plans, DateTimeOffset At)? _list;

    public async Task<IReadOnlyList<PlanSummary>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        if (_list is { } cached && time.GetUtcNow() - cached.At < ListLifetime) return cached.Plans;
        var plans = new List<PlanSummary>();
        await foreach (var key in storage.ListAsync(PlanStoreKeys.PublishedPrefix, cancellationToken))
        {
            try
            {
                if (await storage.ReadAsync<PlanPointer>(key, cancellationToken) is { } pointer) plans.Add(PlanSummary.From(pointer.Value));
            }
            catch (StorageCorruptException ex)
            {
                logger.LogWarning(ex, "Skipped an unreadable published-plan pointer {Key}", key);
            }
        }
        var ordered = plans.OrderByDescending(p => p.Issued?.Last).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        _list = (ordered, time.GetUtcNow());
        return ordered;
    }

    public async Task<PublishedPlan?> GetAsync(string planId, CancellationToken cancellationToken = default)
    {
        var pointer = await ReadPointerAsync(planId, cancellationToken);
        return pointer is null ? null : await GetRevisionAsync(planId, pointer.Value.Revision, cancellationToken);
    }

    public async Task<PublishedPlan?> GetRevisionAsync(string planId, int revision, CancellationToken cancellationToken = default)
    {
        if (!Parsing.PlanSlug.IsValid(planId) || revision < 1) return null;
        var key = PlanStoreKeys.Revision(planId, revision);
        if (_revisions.TryGetValue(key, out var cached)) return cached;
        var stored = await storage.ReadAsync<PlanRevision>(key, cancellationToken);
        if (stored is null) return null;
        var plan = new PublishedPlan(stored.Value.Plan, stored.Value.Revision, stored.Value.PublishedAt);
        _revisions[key] = plan;
        return plan;
    }

    public async Task<IReadOnlyList<Obligation>> GetObligationsAsync(string planId, CancellationToken cancellationToken = default) =>
        (await GetAsync(planId, cancellationToken))?.Plan.Obligations ?? [];

    public async Task<ObligationLookup?> FindObligationAsync(string planId, string obligationId, CancellationToken cancellationToken = default)
    {
        var pointer = await ReadPointerAsync(planId, cancellationToken);
        if (pointer is null) return null;
        foreach (var revision in pointer.Value.History.AsEnumerable().Reverse())
        {
            var plan = await GetRevisionAsync(planId, revision, cancellationToken);
            if (plan?.Plan.FindObligation(obligationId) is { } obligation)
            {
                return new ObligationLookup(obligation, revision, revision == pointer.Value.Revision);
            }
        }
        return null;
    }

    internal Task<Stored<PlanPointer>?> ReadPointerAsync(string planId, CancellationToken cancellationToken) =>
        Parsing.PlanSlug.IsValid(planId) ? storage.ReadAsync<PlanPointer>(PlanStoreKeys.Published(planId), cancellationToken) : Task.FromResult<Stored<PlanPointer>?>(null);

    /// <summary>Forgets the cached list after a publish.</summary>
    internal void Invalidate() => _list = null;
}
