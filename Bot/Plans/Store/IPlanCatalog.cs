using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Store;

/// <summary>Read access to published plans for every feature: the list, one plan, its obligations.</summary>
public interface IPlanCatalog
{
    Task<IReadOnlyList<PlanSummary>> ListPublishedAsync(CancellationToken cancellationToken = default);

    /// <summary>The current revision of a plan, or null if it was never published.</summary>
    Task<PublishedPlan?> GetAsync(string planId, CancellationToken cancellationToken = default);

    Task<PublishedPlan?> GetRevisionAsync(string planId, int revision, CancellationToken cancellationToken = default);

    /// <summary>The current obligations of a plan (empty if unknown).</summary>
    Task<IReadOnlyList<Obligation>> GetObligationsAsync(string planId, CancellationToken cancellationToken = default);

    /// <summary>An obligation by its stable id: in the current revision, else in the newest older revision that had it.</summary>
    Task<ObligationLookup?> FindObligationAsync(string planId, string obligationId, CancellationToken cancellationToken = default);
}
