using EmulationBot.Plans.Store;

namespace EmulationBot.Deadlines;

/// <summary>
/// The published plans at their current revision, without a storage read per turn: the catalog's list (cached
/// briefly) names each plan's current revision, and revisions, which never change, stay cached. Asking the catalog
/// for a plan by id instead reads its published pointer every time.
/// </summary>
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

    public async Task<PublishedPlan?> FindAsync(string? planId, CancellationToken cancellationToken)
    {
        if (planId is null) return null;
        foreach (var plan in await ListAsync(cancellationToken))
        {
            if (plan.Plan.Id == planId) return plan;
        }
        return null;
    }
}
