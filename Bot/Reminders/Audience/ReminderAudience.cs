using EmulationBot.Reminders.Work;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Audience;

/// <summary>
/// Who still has to act on an occurrence: the members of the units that must act and have not completed it. (Whether
/// a person did their own part — their report, their registration — is judged from their user state when it is read
/// for delivery.) Muted people are left out by the caller, which knows whether a message is a reminder or a report.
/// </summary>
public sealed class ReminderAudience(IReminderWork work)
{
    public async Task<AudienceSnapshot> ForAsync(string planId, WorkOccurrence occurrence, UnitDirectory directory, string? onlyUnitId, CancellationToken cancellationToken)
    {
        var mustAct = work.UnitsThatMustAct(occurrence.Obligation, directory.Units);
        var units = onlyUnitId is null ? mustAct.ToList() : mustAct.Where(u => u == onlyUnitId).ToList();
        var done = units.Count == 0 ? new HashSet<string>() : await work.DoneUnitsAsync(planId, occurrence, units, cancellationToken);
        var open = units.Where(u => !done.Contains(u)).ToHashSet(StringComparer.Ordinal);
        var people = directory.Members
            .Where(m => m.UnitId is not null && open.Contains(m.UnitId))
            .Select(ReminderRecipient.From)
            .ToList();
        return new AudienceSnapshot(units, done, people);
    }
}
