using EmulationBot.Plans.Dates;

namespace EmulationBot.Reports;

/// <summary>A line of the user's own index of submitted reports, kept in their UserState for "báo cáo đã nộp".</summary>
/// <param name="UnitId">The unit it was submitted for (it counts for that unit only).</param>
/// <param name="What">The obligation, shortened for a list line.</param>
public sealed record ReportRef(string PlanId, string OccurrenceKey, string? UnitId, string Key, string What, PlanDate Due, int Version, DateTimeOffset SubmittedAt, bool OnTime);
