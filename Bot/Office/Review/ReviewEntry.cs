using EmulationBot.Office.Records;

namespace EmulationBot.Office.Review;

/// <summary>An item of review: a registration or a report version, with its id for cards.</summary>
public sealed record ReviewEntry(ReviewItemId Id, KeyedCommitment? Commitment, KeyedReport? Report)
{
    public string? UnitId => Commitment?.Commitment.UnitId ?? Report?.Report.UnitId;

    public DateTimeOffset SentAt => Commitment is { } c ? c.Commitment.UpdatedAt ?? c.Commitment.RegisteredAt : Report!.Report.SubmittedAt;

    public bool IsWaiting => Commitment?.Commitment.Status == Commitments.CommitmentStatus.Submitted || Report?.Report.Status == Reports.ReportStatus.Submitted;
}
