namespace EmulationBot.Reports;

/// <summary>Where a report version stands in review: sent and waiting, approved, or returned for changes (with a reason).</summary>
public enum ReportStatus
{
    Submitted,
    Approved,
    Returned,
}
