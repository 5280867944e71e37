using EmulationBot.Plans.Store;
using EmulationBot.Reminders.Work;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>The occurrences the scheduler looks after: every obligation of every published plan (current revision), with its occasions.</summary>
public sealed class ReminderPlanner(IPlanCatalog catalog, IReminderWork work, ReminderSchedule schedule)
{
    public async Task<IReadOnlyList<ScheduledOccurrence>> ListAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var result = new List<ScheduledOccurrence>();
        foreach (var summary in await catalog.ListPublishedAsync(cancellationToken))
        {
            if (await catalog.GetRevisionAsync(summary.Id, summary.Revision, cancellationToken) is not { } plan) continue;
            foreach (var obligation in plan.Plan.Obligations)
            {
                foreach (var occurrence in work.OccurrencesAround(plan.Plan, obligation, today)) result.Add(Schedule(plan, occurrence));
            }
        }
        return result;
    }

    /// <summary>The occurrence a card button names, in the plan's current revision; null when it is gone from the plan.</summary>
    public async Task<ScheduledOccurrence?> FindAsync(string planId, string occurrenceKey, CancellationToken cancellationToken)
    {
        if (await catalog.GetAsync(planId, cancellationToken) is not { } plan) return null;
        foreach (var obligation in plan.Plan.Obligations)
        {
            if (work.FindOccurrence(plan.Plan, obligation, occurrenceKey) is { } occurrence) return Schedule(plan, occurrence);
        }
        return null;
    }

    private ScheduledOccurrence Schedule(PublishedPlan plan, WorkOccurrence occurrence) =>
        new(plan, occurrence, schedule.WithEscalation(occurrence.Due));
}
