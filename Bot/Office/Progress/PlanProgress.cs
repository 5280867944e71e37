using EmulationBot.Plans.Store;

namespace EmulationBot.Office.Progress;

/// <summary>Where a plan stands, unit by unit, on one day (Vietnam time).</summary>
public sealed record PlanProgress(PublishedPlan Plan, DateOnly Today, IReadOnlyList<UnitProgress> Units);
