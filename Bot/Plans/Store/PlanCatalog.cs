using System.Collections.Concurrent;
using EmulationBot.Plans.Model;
using EmulationBot.Storage;

namespace EmulationBot.Plans.Store;

/// <summary>
/// Published plans read from storage. Revisions never change, so they are cached for good; the published pointers
/// (which revision is current) are read together as one list, cached briefly, and dropped at once when this
/// instance publishes — so asking for a plan in a turn normally costs no storage request.
/// </summary>
public sealed class PlanCatalog(IStorage storage, TimeProvider time, ILogger<PlanCatalog> logger) : IPlanCatalog
{
    private static readonly TimeSpan ListLifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, PublishedPlan> _revisions = new(StringComparer.Ordinal);
    private Published? _published;

    public async Task<IReadOnlyList<PlanSummary>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        (await PublishedAsync(cancellationToken)).Summaries;

    public async Task<PublishedPlan?> GetAsync(string planId, CancellationToken cancellationToken = default)
    {
        var pointer = await PointerAsync(planId, cancellationToken);
        return pointer is null ? null : await GetRevisionAsync(planId, pointer.Revision, cancellationToken);
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
        var pointer = await PointerAsync(planId, cancellationToken);
        if (pointer is null) return null;
        foreach (var revision in pointer.History.AsEnumerable().Reverse())
        {
            var plan = await GetRevisionAsync(planId, revision, cancellationToken);
            if (plan?.Plan.FindObligation(obligationId) is { } obligation)
            {
                return new ObligationLookup(obligation, revision, revision == pointer.Revision);
            }
        }
        return null;
    }

    private async Task<PlanPointer?> PointerAsync(string planId, CancellationToken cancellationToken) =>
        Parsing.PlanSlug.IsValid(planId) ? (await PublishedAsync(cancellationToken)).Pointers.GetValueOrDefault(planId) : null;

    private async Task<Published> PublishedAsync(CancellationToken cancellationToken)
    {
        if (_published is { } cached && time.GetUtcNow() - cached.At < ListLifetime) return cached;
        var pointers = new Dictionary<string, PlanPointer>(StringComparer.Ordinal);
        await foreach (var key in storage.ListAsync(PlanStoreKeys.PublishedPrefix, cancellationToken))
        {
            try
            {
                if (await storage.ReadAsync<PlanPointer>(key, cancellationToken) is { } pointer) pointers[pointer.Value.PlanId] = pointer.Value;
            }
            catch (StorageCorruptException ex)
            {
                logger.LogWarning(ex, "Skipped an unreadable published-plan pointer {Key}", key);
            }
        }
        var summaries = pointers.Values.Select(PlanSummary.From)
            .OrderByDescending(p => p.Issued?.Last).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        var published = new Published(summaries, pointers, time.GetUtcNow());
        _published = published;
        return published;
    }

    private sealed record Published(IReadOnlyList<PlanSummary> Summaries, IReadOnlyDictionary<string, PlanPointer> Pointers, DateTimeOffset At);

    internal Task<Stored<PlanPointer>?> ReadPointerAsync(string planId, CancellationToken cancellationToken) =>
        Parsing.PlanSlug.IsValid(planId) ? storage.ReadAsync<PlanPointer>(PlanStoreKeys.Published(planId), cancellationToken) : Task.FromResult<Stored<PlanPointer>?>(null);

    /// <summary>Forgets the cached list after a publish.</summary>
    internal void Invalidate() => _published = null;
}
