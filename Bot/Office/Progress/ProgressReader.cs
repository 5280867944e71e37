using EmulationBot.Commitments;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Plans.Store;
using EmulationBot.Units;

namespace EmulationBot.Office.Progress;

/// <summary>
/// Builds a plan's progress from the records of the guided flows: registrations (<see cref="CommitmentStore"/>), the
/// units' completion sheets (reports and "đã xong"), and which units each obligation falls to
/// (<see cref="ObligationAssignees"/>, the rule the deadlines list and reminders use too). A registration
/// obligation is done for a unit when every member has registered; any other work when the unit's sheet has it.
/// </summary>
public sealed class ProgressReader(CommitmentStore commitments, CompletionStore completions, UnitDirectoryStore directory, TimeProvider time)
{
    /// <param name="unitIds">The units to read (the reader's reach): every unit for the office, their own for a unit head.</param>
    public async Task<PlanProgress> ReadAsync(PublishedPlan plan, IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var dir = await directory.GetAsync(cancellationToken);
        var units = dir.Units.Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Name, StringComparer.Create(Language.Vietnamese.Culture(), true)).ToList();
        var registrations = await RegistrationsAsync(plan.Plan.Id, units, dir.Units.Count, cancellationToken);
        var result = new List<UnitProgress>();
        foreach (var unit in units)
        {
            var mine = registrations.Where(c => c.UnitId == unit.Id).ToList();
            var people = dir.MembersOf(unit.Id)
                .OrderBy(m => m.Name, StringComparer.Create(Language.Vietnamese.Culture(), true))
                .Select(m => new PersonProgress(m, mine.Where(c => c.Kind == CommitmentKind.Individual && c.Owner.Key == m.Key).ToList()))
                .ToList();
            var sheet = await completions.GetAsync(plan.Plan.Id, unit.Id, cancellationToken);
            var everyoneRegistered = people.All(p => p.Registrations.Count > 0);
            var work = plan.Plan.Obligations
                .Where(o => ObligationAssignees.Resolve(o, dir.Units).Includes(unit.Id))
                .SelectMany(o => ObligationOccurrences.Around(o, today, plan.Plan.Period))
                .OrderBy(o => o.Due.Last)
                .Select(o =>
                {
                    var completion = sheet?.Entries.GetValueOrDefault(o.Key);
                    var done = completion is not null || (o.Kind == ObligationKind.Registration && everyoneRegistered && people.Count > 0);
                    return new WorkProgress(o, DeadlineBoard.StatusOf(done, o.Due, today), DueDates.DaysLeft(o.Due, today), completion);
                })
                .ToList();
            result.Add(new UnitProgress(unit, people, mine.Where(c => c.Kind == CommitmentKind.Collective).ToList(), work));
        }
        return new PlanProgress(plan, today, result);
    }

    /// <summary>The plan's registrations that count (not withdrawn): one listing for all units, or one per unit read.</summary>
    private async Task<List<Commitment>> RegistrationsAsync(string planId, IReadOnlyList<Unit> units, int allUnits, CancellationToken cancellationToken)
    {
        var prefixes = units.Count == allUnits ? [CommitmentKeys.PlanPrefix(planId)] : units.Select(u => CommitmentKeys.UnitPrefix(planId, u.Id)).ToList();
        var result = new List<Commitment>();
        foreach (var prefix in prefixes)
        {
            await foreach (var commitment in commitments.ListAsync(prefix, cancellationToken))
            {
                if (commitment.Status != CommitmentStatus.Withdrawn) result.Add(commitment);
            }
        }
        return result;
    }
}
