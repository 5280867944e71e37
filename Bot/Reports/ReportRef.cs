namespace EmulationBot.Reports;

/// <summary>A line of the user's own index of submitted reports, kept in their UserState for "báo cáo đã nộp".</summary>
/// <param name="What">The obligation, shortened for a list line.</param>
public sealed record ReportRef(string PlanId, string OccurrenceKey, string Key, string What, int Version, DateTimeOffset SubmittedAt, bool OnTime);
