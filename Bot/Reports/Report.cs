using EmulationBot.Deadlines;
using EmulationBot.Plans.Dates;

namespace EmulationBot.Reports;

/// <summary>
/// One submission of a report against an obligation occurrence, by a unit. Resubmitting adds a new version;
/// earlier versions stay as they were.
/// </summary>
public sealed record Report
{
    public required string PlanId { get; init; }
    public required string PlanTitle { get; init; }
    public required string ObligationId { get; init; }
    public required string OccurrenceKey { get; init; }

    /// <summary>What the obligation asked, as the plan said it when the report was made.</summary>
    public required string What { get; init; }

    public required PlanDate Due { get; init; }
    public required ObligationKind Kind { get; init; }
    public string? UnitId { get; init; }
    public string? UnitName { get; init; }
    public required Submitter Submitter { get; init; }
    public required string Summary { get; init; }
    public List<ReportFile> Files { get; init; } = [];
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Submitted before the end of the due day in Vietnam time.</summary>
    public required bool OnTime { get; init; }

    public int DaysLate { get; init; }
    public required int Version { get; init; }

    /// <summary>Chosen when the user reviewed it, so that a turn that runs twice does not submit it twice.</summary>
    public required string SubmissionId { get; init; }
}
