using EmulationBot.Localization;
using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Views;
using EmulationBot.Reminders.Work;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>
/// Sends an occurrence's reminder occasion to everyone who still has to act and has not muted the plan: each person
/// gets the latest occasion once (a missed earlier one is never sent late), or their snoozed reminder when its time
/// comes. Returns when the scheduler must look at the occurrence again (snoozes, retries), if ever.
/// </summary>
public sealed class OccurrenceReminders(
    ReminderAudience audience,
    MuteStore mutes,
    DeliveryJournal journal,
    DeliveryRunner runner,
    ReminderCards cards,
    IReminderWork work,
    JournalRules rules,
    TimeProvider time)
{
    public async Task<OccurrenceRun> RunAsync(ScheduledOccurrence scheduled, int index, UnitDirectory directory, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var occasion = scheduled.Occasions[index].Key;
        var people = (await audience.ForAsync(scheduled.PlanId, scheduled.Occurrence, directory, null, cancellationToken)).People;
        var muted = await mutes.GetAsync(scheduled.PlanId, cancellationToken);
        people = people.Where(p => !muted.Contains(p.Key)).ToList();
        var entries = await journal.LoadAsync(scheduled.Scope, cancellationToken);

        var items = new List<DeliveryItem>();
        foreach (var person in people)
        {
            var entry = entries.GetValueOrDefault(person.Key);
            if (rules.Owes(entry, occasion, index, now))
            {
                items.Add(Item(scheduled, person, occasion, index, e => rules.Owes(e, occasion, index, now)));
            }
            else if (entry is not null && (JournalRules.SnoozeIsDue(entry, now) || (entry.Occasion == ReminderScopes.Snooze && rules.Owes(entry, ReminderScopes.Snooze, entry.Index, now))))
            {
                var snoozedIndex = entry.Index;
                items.Add(Item(scheduled, person, ReminderScopes.Snooze, snoozedIndex,
                    e => JournalRules.SnoozeIsDue(e, now) || (e?.Occasion == ReminderScopes.Snooze && rules.Owes(e, ReminderScopes.Snooze, snoozedIndex, now))));
            }
        }
        var result = await runner.RunAsync(scheduled.Scope, items, cancellationToken);
        foreach (var (key, entry) in result.Entries) entries[key] = entry;
        DateTimeOffset? lookAt = null;
        foreach (var person in people)
        {
            if (entries.GetValueOrDefault(person.Key) is { } entry && rules.NextLook(entry) is { } at && (lookAt is null || at < lookAt)) lookAt = at;
        }
        return new OccurrenceRun(result.Report, lookAt);
    }

    /// <summary>A reminder for one person; skipped at delivery if their user state shows they did their part meanwhile.</summary>
    public DeliveryItem Item(ScheduledOccurrence scheduled, ReminderRecipient person, string occasion, int index, Func<JournalEntry?, bool> isDue) =>
        new(person, occasion, index,
            contact => cards.Message(new ReminderView(scheduled.PlanId, scheduled.Plan.Plan.Title, scheduled.Occurrence, VietnamTime.Today(time)), contact.Language),
            isDue)
        {
            Wanted = contact => contact.User is not { } user || !work.IsDoneByPerson(scheduled.PlanId, scheduled.Occurrence, user, person.UnitId),
        };
}
