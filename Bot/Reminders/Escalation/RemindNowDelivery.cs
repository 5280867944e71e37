using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Outbox;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Escalation;

/// <summary>Carries out a queued "nhắc ngay": the reminder card to each listed person still missing (and not muted), once.</summary>
public sealed class RemindNowDelivery(
    ReminderPlanner planner,
    ReminderAudience audience,
    MuteStore mutes,
    OccurrenceReminders reminders,
    DeliveryJournal journal,
    DeliveryRunner runner,
    JournalRules rules,
    TimeProvider time)
{
    /// <summary>Sends what is owed; Done is true when the job is finished (nothing left to retry).</summary>
    public async Task<(bool Done, DeliveryReport Report)> RunAsync(OutboxJob job, UnitDirectory directory, CancellationToken cancellationToken)
    {
        if (await planner.FindAsync(job.PlanId!, job.OccurrenceKey!, cancellationToken) is not { } scheduled) return (true, new DeliveryReport());
        var now = time.GetUtcNow();
        var occasion = ReminderScopes.Now(job.Id);
        var listed = job.PersonKeys.ToHashSet(StringComparer.Ordinal);
        var muted = await mutes.GetAsync(scheduled.PlanId, cancellationToken);
        var people = (await audience.ForAsync(scheduled.PlanId, scheduled.Occurrence, directory, job.UnitId, cancellationToken)).People
            .Where(p => listed.Contains(p.Key) && !muted.Contains(p.Key))
            .ToList();
        var entries = await journal.LoadAsync(scheduled.Scope, cancellationToken);
        var items = people.Where(p => rules.OwesOnce(entries.GetValueOrDefault(p.Key), occasion, now))
            .Select(p => reminders.Item(scheduled, p, occasion, job.Index, e => rules.OwesOnce(e, occasion, now)))
            .ToList();
        var result = await runner.RunAsync(scheduled.Scope, items, cancellationToken);
        foreach (var (key, entry) in result.Entries) entries[key] = entry;
        return (people.All(p => entries.GetValueOrDefault(p.Key) is not { } e || e.Occasion != occasion || !rules.IsPending(e)), result.Report);
    }
}
