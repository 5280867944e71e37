namespace EmulationBot.Plans.Model;

/// <summary>A rule of the plan's reward part ("Công tác khen thưởng"): who may be rewarded, how, how many — as written.</summary>
public sealed record RewardRule(string SectionId, string Text);
