namespace EmulationBot.Plans.Store;

/// <summary>What publishing did: a new plan, a new revision of a known one, or nothing because the content was already published.</summary>
public sealed record PublishResult(PublishOutcome Outcome, PublishedPlan Plan);

public enum PublishOutcome
{
    Created,
    Revised,
    Unchanged,
}
