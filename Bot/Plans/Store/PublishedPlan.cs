using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Store;

/// <summary>A plan as published: its content and which revision it is.</summary>
public sealed record PublishedPlan(Plan Plan, int Revision, DateTimeOffset PublishedAt);
