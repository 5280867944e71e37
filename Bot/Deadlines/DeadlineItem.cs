using EmulationBot.Plans.Store;

namespace EmulationBot.Deadlines;

/// <summary>One line of a personal deadlines list: which plan, which occurrence of which obligation, its status and the days left (negative: late).</summary>
public sealed record DeadlineItem(PublishedPlan Plan, ObligationOccurrence Occurrence, DeadlineStatus Status, int DaysLeft);
