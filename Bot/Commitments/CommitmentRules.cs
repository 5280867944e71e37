using EmulationBot.Plans.Model;

namespace EmulationBot.Commitments;

/// <summary>
/// When registrations may be made and changed. A plan takes registrations until its period ends (always, when
/// the plan states no end). A registration may be edited or withdrawn under the same rule, and only while it is
/// waiting for review or was returned: once approved (or withdrawn) it is final for its author.
/// </summary>
public static class CommitmentRules
{
    public static bool IsOpen(Plan plan, DateOnly today) => plan.Period?.To is not { } end || today <= end.Last;

    public static bool CanChange(Plan? plan, Commitment commitment, DateOnly today) => BlockedReason(plan, commitment, today) is null;

    /// <summary>Null when the registration may be changed, else the Strings key of the reason it may not.</summary>
    public static string? BlockedReason(Plan? plan, Commitment commitment, DateOnly today) => commitment.Status switch
    {
        CommitmentStatus.Approved => "commitments.manage.reasonApproved",
        CommitmentStatus.Withdrawn => "commitments.manage.reasonWithdrawn",
        _ when plan is null => "commitments.manage.reasonPlanGone",
        _ when !IsOpen(plan, today) => "commitments.manage.reasonClosed",
        _ => null,
    };
}
