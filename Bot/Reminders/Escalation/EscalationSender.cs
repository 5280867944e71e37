using EmulationBot.Localization;
using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Reminders.Views;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Escalation;

/// <summary>
/// After the last chase, tells each unit head who in their unit is still overdue, and the office the same for every
/// unit — one card each, with "Nhắc ngay" per unit. Journaled like reminders, so it goes out once.
/// </summary>
public sealed class EscalationSender(
    MissingPeople missingPeople,
    ReminderAccess access,
    EscalationCards cards,
    DeliveryJournal journal,
    DeliveryRunner runner,
    JournalRules rules,
    TimeProvider time)
{
    public async Task<OccurrenceRun> RunAsync(ScheduledOccurrence scheduled, int index, UnitDirectory directory, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var missing = await missingPeople.ForAsync(scheduled, directory, null, cancellationToken);
        if (missing.Count == 0) return new OccurrenceRun(new DeliveryReport(), null);
        var units = missing.Select(m => m.ToView()).ToList();
        var office = access.OfficeMembers(directory);
        var heads = directory.Members.Where(m => m.Role == Role.UnitHead && units.Any(u => u.UnitId == m.UnitId) && office.All(o => o.Key != m.Key));

        var scope = ReminderScopes.Escalation(scheduled.Scope);
        var entries = await journal.LoadAsync(scope, cancellationToken);
        var items = new List<DeliveryItem>();
        foreach (var (member, forOffice) in office.Select(m => (m, true)).Concat(heads.Select(m => (m, false))))
        {
            if (!rules.Owes(entries.GetValueOrDefault(member.Key), ReminderScopes.Escalate, index, now)) continue;
            var shown = forOffice ? units : units.Where(u => u.UnitId == member.UnitId).ToList();
            var view = new EscalationView(scheduled.PlanId, scheduled.Plan.Plan.Title, scheduled.Occurrence, VietnamTime.Today(time), shown, forOffice);
            items.Add(new DeliveryItem(ReminderRecipient.From(member), ReminderScopes.Escalate, index,
                contact => cards.Message(view, contact.Language), e => rules.Owes(e, ReminderScopes.Escalate, index, now)));
        }
        var result = await runner.RunAsync(scope, items, cancellationToken);
        foreach (var (key, entry) in result.Entries) entries[key] = entry;
        var lookAt = entries.Values.Select(rules.NextLook).Where(a => a is not null).DefaultIfEmpty(null).Min();
        return new OccurrenceRun(result.Report, lookAt);
    }
}
