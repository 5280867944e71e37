using EmulationBot.Reminders.Scheduling;
using EmulationBot.Reminders.Work;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Audience;

/// <summary>
/// Who has still not done an occurrence, per unit: the unit has not completed it and the person has not done their
/// own part (read from their user state), and whether the bot can reach them at all. For escalations and "nhắc ngay".
/// </summary>
public sealed class MissingPeople(ReminderAudience audience, ContactBook contacts, IReminderWork work)
{
    public async Task<IReadOnlyList<MissingInUnit>> ForAsync(ScheduledOccurrence scheduled, UnitDirectory directory, string? onlyUnitId, CancellationToken cancellationToken)
    {
        var snapshot = await audience.ForAsync(scheduled.PlanId, scheduled.Occurrence, directory, onlyUnitId, cancellationToken);
        var missing = new List<(ReminderRecipient Person, bool Reachable)>();
        foreach (var person in snapshot.People)
        {
            var contact = await contacts.ResolveAsync(person, cancellationToken);
            if (contact.User is { } user && work.IsDoneByPerson(scheduled.PlanId, scheduled.Occurrence, user, person.UnitId)) continue;
            missing.Add((person, contact.CanSend));
        }
        return missing.GroupBy(m => m.Person.UnitId!)
            .Where(g => directory.FindUnit(g.Key) is not null)
            .Select(g => new MissingInUnit(directory.FindUnit(g.Key)!, g.Select(m => m.Person).ToList(), g.Where(m => !m.Reachable).Select(m => m.Person).ToList()))
            .ToList();
    }
}
