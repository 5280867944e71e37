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
    // One read per revision even when many turns ask at once; a failed or missing read is not kept.
    private readonly ConcurrentDictionary<string, Lazy<Task<PublishedPlan?>>> _revisions = new(StringComparer.Ordinal);
    private readonly SharedRefresh<Published> _published = new(time, ListLifetime);

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
        var load = _revisions.GetOrAdd(key, k => new Lazy<Task<PublishedPlan?>>(() => ReadRevisionAsync(k)));
        try
        {
            var plan = await load.Value.WaitAsync(cancellationToken);
            if (plan is null) _revisions.TryRemove(KeyValuePair.Create(key, load));
            return plan;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _revisions.TryRemove(KeyValuePair.Create(key, load));
            throw;
        }
    }

    private async Task<PublishedPlan?> ReadRevisionAsync(string key)
    {
        var stored = await storage.ReadAsync<PlanRevision>(key, CancellationToken.None);
        return stored is null ? null : new PublishedPlan(stored.Value.Plan, stored.Value.Revision, stored.Value.PublishedAt);
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

    private Task<Published> PublishedAsync(CancellationToken cancellationToken) => _published.GetAsync(ReadPublishedAsync, cancellationToken);

    private async Task<Published> ReadPublishedAsync(CancellationToken cancellationToken)
    {
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
        return new Published(summaries, pointers);
    }

    private sealed record Published(IReadOnlyList<PlanSummary> Summaries, IReadOnlyDictionary<string, PlanPointer> Pointers);

    internal Task<Stored<PlanPointer>?> ReadPointerAsync(string planId, CancellationToken cancellationToken) =>
        Parsing.PlanSlug.IsValid(planId) ? storage.ReadAsync<PlanPointer>(PlanStoreKeys.Published(planId), cancellationToken) : Task.FromResult<Stored<PlanPointer>?>(null);

    /// <summary>Forgets the cached list after a publish.</summary>
    internal void Invalidate() => _published.Invalidate();
}
