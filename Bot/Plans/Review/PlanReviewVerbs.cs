namespace EmulationBot.Plans.Review;

/// <summary>The Action.Execute verbs of the review card (and the plan list's "Edit").</summary>
public static class PlanReviewVerbs
{
    public const string EditObligation = "plans.review.editObligation";
    public const string DropObligation = "plans.review.dropObligation";
    public const string AddObligation = "plans.review.addObligation";
    public const string EditInfo = "plans.review.editInfo";
    public const string Publish = "plans.review.publish";
    public const string Discard = "plans.review.discard";
    public const string Reopen = "plans.review.reopen";

    public static IReadOnlyList<string> All { get; } = [EditObligation, DropObligation, AddObligation, EditInfo, Publish, Discard, Reopen];
}
