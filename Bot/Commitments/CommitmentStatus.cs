namespace EmulationBot.Commitments;

/// <summary>Where a registration stands: sent and waiting for review, approved, returned for changes, or withdrawn by its author.</summary>
public enum CommitmentStatus
{
    Submitted,
    Approved,
    Returned,
    Withdrawn,
}
