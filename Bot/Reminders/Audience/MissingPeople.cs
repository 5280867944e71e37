using EmulationBot.Reminders.Scheduling;
using EmulationBot.Reminders.Work;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Audience;

/// <summary>
/// Who has still not done an occurrence, per unit: the unit has not completed it and the person has not done their
/// own part (read from their user state). Used for escalations and "nhắc ngay".
/// </summary>
public sealed class MissingPeople(ReminderAudience audience, ContactBook contacts, IReminderWork work)
{
    public async Task<IReadOnlyList<(Unit Unit, IReadOnlyList<ReminderRecipient> People)>> ForAsync(
        ScheduledOccurrence scheduled, UnitDirectory directory, string? onlyUnitId, CancellationToken cancellationToken)
    {
        var snapshot = await audience.ForAsync(scheduled.PlanId, scheduled.Occurrence, directory, onlyUnitId, cancellationToken);
        var missing = new List<ReminderRecipient>();
        foreach (var person in snapshot.People)
        {
            var contact = await contacts.ResolveAsync(person, cancellationToken);
            if (contact.User is { } user && work.IsDoneByPerson(scheduled.PlanId, scheduled.Occurrence, user, person.UnitId)) continue;
            missing.Add(person);
        }
        return missing.GroupBy(p => p.UnitId!)
            .Select(g => (Unit: directory.FindUnit(g.Key), People: (IReadOnlyList<ReminderRecipient>)g.ToList()))
            .Where(g => g.Unit is not null)
            .Select(g => (g.Unit!, g.People))
            .ToList();
    }
}
