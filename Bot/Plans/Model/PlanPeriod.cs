using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Model;

/// <summary>When the movement runs: "Thời gian phát động: Từ ngày phát động … đến hết ngày 31 tháng 10 năm 2023".</summary>
public sealed record PlanPeriod
{
    public PlanDate? From { get; init; }

    public PlanDate? To { get; init; }

    /// <summary>The start when the plan names an event instead of a date ("ngày phát động").</summary>
    public string? StartsAt { get; init; }

    public string? Source { get; init; }

    public string? SectionId { get; init; }
}
