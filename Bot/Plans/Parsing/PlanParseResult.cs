using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Parsing;

/// <summary>A parsed plan and whether the document looked like a plan at all.</summary>
public sealed record PlanParseResult(Plan Plan, bool LooksLikePlan);
