using EmulationBot.Plans.Store;
using EmulationBot.Reminders.Work;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>An occurrence of a published plan's obligation with its reminder occasions (the last one the escalation, if any).</summary>
public sealed record ScheduledOccurrence(PublishedPlan Plan, WorkOccurrence Occurrence, IReadOnlyList<ReminderOccasion> Occasions)
{
    public string PlanId => Plan.Plan.Id;

    public string Scope => ReminderScopes.Occurrence(PlanId, Occurrence.Key);

    /// <summary>The last occasion due at <paramref name="now"/>; -1 before the first.</summary>
    public int LatestIndexAt(DateTimeOffset now)
    {
        var latest = -1;
        for (var i = 0; i < Occasions.Count && Occasions[i].At <= now; i++) latest = i;
        return latest;
    }

    /// <summary>The last reminder (not escalation) due at <paramref name="now"/>; -1 before the first.</summary>
    public int LatestReminderIndexAt(DateTimeOffset now)
    {
        var latest = LatestIndexAt(now);
        while (latest >= 0 && Occasions[latest].Kind == ReminderKind.Escalation) latest--;
        return latest;
    }
}
