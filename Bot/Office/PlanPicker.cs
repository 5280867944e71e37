using EmulationBot.Plans.Store;

namespace EmulationBot.Office;

/// <summary>Which published plan an office view is about: the one named (checked against the published plans), else the newest.</summary>
public sealed class PlanPicker(IPlanCatalog catalog)
{
    public Task<IReadOnlyList<PlanSummary>> PublishedAsync(CancellationToken cancellationToken) => catalog.ListPublishedAsync(cancellationToken);

    /// <summary>
    /// The plan <paramref name="requested"/> names when it is published; the newest published plan when nothing was
    /// named; null when the name is not a published plan (card data is never taken on trust) or nothing is published.
    /// </summary>
    public async Task<PlanSummary?> PickAsync(string? requested, CancellationToken cancellationToken)
    {
        var plans = await catalog.ListPublishedAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(requested)) return plans.FirstOrDefault();
        return plans.FirstOrDefault(p => p.Id == requested);
    }
}
