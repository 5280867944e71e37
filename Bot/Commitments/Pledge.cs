using EmulationBot.Plans.Dates;

namespace EmulationBot.Commitments;

/// <summary>An initiative (sáng kiến) or a model example (điển hình) the registrant commits to build, and by when.</summary>
public sealed record Pledge(PledgeKind Kind, string Text, PlanDate? ExpectedBy = null);
