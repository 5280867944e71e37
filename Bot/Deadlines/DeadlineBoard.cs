using EmulationBot.Commitments;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Units;

namespace EmulationBot.Deadlines;

/// <summary>
/// The obligations a person's unit has to meet under the published plans, with their status: done when the unit
/// has a completion record (a report, or marked done), when the person submitted a report for it, or — for a
/// registration obligation — when the person registered under the plan. Costs one read per plan with work for the unit.
/// </summary>
public sealed class DeadlineBoard(PublishedPlans plans, UnitDirectoryStore directory, CompletionStore completions, TimeProvider time)
{
    public async Task<IReadOnlyList<DeadlineItem>> ForAsync(Person person, UserState user, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var units = (await directory.GetAsync(cancellationToken)).Units;
        var unitId = person.Unit?.Id;
        var items = new List<DeadlineItem>();
        foreach (var plan in await plans.ListAsync(cancellationToken))
        {
            var occurrences = plan.Plan.Obligations
                .Where(o => ObligationAssignees.Resolve(o, units).Includes(unitId))
                .SelectMany(o => ObligationOccurrences.Around(o, today, plan.Plan.Period))
                .ToList();
            if (occurrences.Count == 0) continue;
            var sheet = unitId is null ? null : await completions.GetAsync(plan.Plan.Id, unitId, cancellationToken);
            foreach (var occurrence in occurrences)
            {
                var done = IsDone(plan.Plan.Id, occurrence, sheet, user, unitId);
                items.Add(new DeadlineItem(plan, occurrence, StatusOf(done, occurrence.Due, today), DueDates.DaysLeft(occurrence.Due, today)));
            }
        }
        return items.OrderBy(i => i.Occurrence.Due.Last).ThenBy(i => i.Plan.Plan.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether an occurrence is done for a unit (its <paramref name="sheet"/>) and a person of it (their <paramref name="user"/>
    /// state, <paramref name="unitId"/> their unit: a report they made for another unit does not count).
    /// </summary>
    public static bool IsDone(string planId, ObligationOccurrence occurrence, CompletionSheet? sheet, UserState? user, string? unitId)
    {
        if (sheet?.IsDone(occurrence.Key) == true) return true;
        if (user is null) return false;
        if (user.Reports.Any(r => r.PlanId == planId && r.OccurrenceKey == occurrence.Key && r.UnitId == unitId)) return true;
        return occurrence.Kind == ObligationKind.Registration && CommitmentIndex.HasRegistered(user, planId);
    }

    public static DeadlineStatus StatusOf(bool done, PlanDate due, DateOnly today) =>
        done ? DeadlineStatus.Done : DueDates.DaysLeft(due, today) < 0 ? DeadlineStatus.Overdue : DeadlineStatus.Pending;
}
