namespace EmulationBot.Office.Review;

/// <summary>What pressing "Duyệt" or "Trả lại" did.</summary>
public enum DecisionOutcome
{
    Approved,
    Returned,
    NeedReason,
    AlreadyDecided,
    Gone,
    NotYours,
}

/// <summary>The outcome, the item as it is now, and whether its author was told.</summary>
public sealed record DecisionResult(DecisionOutcome Outcome, ReviewEntry? Entry = null, bool Notified = false);
