using EmulationBot.Plans.Store;

namespace EmulationBot.Deadlines;

/// <summary>The published plans at their current revision, from the catalog's caches (no storage read per turn).</summary>
public sealed class PublishedPlans(IPlanCatalog catalog)
{
    public async Task<IReadOnlyList<PublishedPlan>> ListAsync(CancellationToken cancellationToken)
    {
        var summaries = await catalog.ListPublishedAsync(cancellationToken);
        var plans = new List<PublishedPlan>(summaries.Count);
        foreach (var summary in summaries)
        {
            if (await catalog.GetRevisionAsync(summary.Id, summary.Revision, cancellationToken) is { } plan) plans.Add(plan);
        }
        return plans;
    }

    public async Task<PublishedPlan?> FindAsync(string? planId, CancellationToken cancellationToken) =>
        planId is null ? null : await catalog.GetAsync(planId, cancellationToken);
}
