using EmulationBot.Localization;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Reminders.Outbox;
using EmulationBot.Units;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>
/// One look at everything, by the instance holding the lease, and only within sending hours: the queued jobs
/// (broadcasts, "nhắc ngay"), then every occurrence whose latest occasion was not handled yet or that asked to be
/// looked at again. After downtime only the latest missed occasion is sent, and none missed by more than the
/// catch-up limit. Progress is saved in one document at the end (the journals make re-running harmless).
/// </summary>
public sealed class ReminderPass(
    ReminderPlanner planner,
    ScheduleProgressStore progressStore,
    OccurrenceReminders reminders,
    EscalationSender escalations,
    OutboxRunner outbox,
    UnitDirectoryStore directory,
    WorkCalendar calendar,
    ProactiveSender sender,
    IOptions<ReminderSchedulerOptions> options,
    TimeProvider time,
    ILogger<ReminderPass> logger)
{
    private static readonly TimeSpan RetryAfterError = TimeSpan.FromMinutes(1);

    public async Task<PassSummary> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var summary = new PassSummary();
        if (calendar.NextAllowed(now) != now) return summary; // quiet hours, weekend or holiday: everything waits
        sender.ForgetGone();
        var units = await directory.GetAsync(cancellationToken);
        await outbox.RunAsync(units, summary, cancellationToken);

        var today = VietnamTime.Today(time);
        var progress = await progressStore.ReadAsync(cancellationToken);
        var changes = new Dictionary<string, (OccurrenceProgress Seen, OccurrenceProgress Next)>(StringComparer.Ordinal);
        foreach (var scheduled in await planner.ListAsync(today, cancellationToken))
        {
            var latest = scheduled.LatestIndexAt(now);
            if (latest < 0) continue;
            var seen = progress.Occurrences.GetValueOrDefault(scheduled.Scope) ?? new OccurrenceProgress { Due = scheduled.Occurrence.Due };
            var fresh = latest > seen.DoneThrough;
            if (!fresh && !(seen.NextLook is { } look && look <= now)) continue;
            var next = new OccurrenceProgress { DoneThrough = latest, Due = scheduled.Occurrence.Due };
            if (fresh && now - scheduled.Occasions[latest].At > options.Value.CatchUpLimit)
            {
                logger.LogInformation("Skipped occasion {Occasion} of {Scope}: missed by more than the catch-up limit", scheduled.Occasions[latest].Key, scheduled.Scope);
                changes[scheduled.Scope] = (seen, next);
                continue;
            }
            try
            {
                next.LookAt = await RunOccurrenceAsync(scheduled, latest, units, summary, cancellationToken);
                summary.Occurrences++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reminders for {Scope} failed; trying again shortly", scheduled.Scope);
                next = new OccurrenceProgress { DoneThrough = seen.DoneThrough, Due = scheduled.Occurrence.Due, LookAt = now + RetryAfterError };
            }
            changes[scheduled.Scope] = (seen, next);
        }
        if (changes.Count > 0) await progressStore.SaveAsync(changes, today.AddDays(-60), cancellationToken);
        return summary;
    }

    private async Task<DateTimeOffset?> RunOccurrenceAsync(ScheduledOccurrence scheduled, int latest, UnitDirectory units, PassSummary summary, CancellationToken cancellationToken)
    {
        DateTimeOffset? lookAt = null;
        var lastReminder = scheduled.LatestReminderIndexAt(time.GetUtcNow());
        if (lastReminder >= 0)
        {
            // Also after the escalation: snoozed reminders and retries of the last chase still go out.
            var run = await reminders.RunAsync(scheduled, lastReminder, units, cancellationToken);
            summary.Add(run.Report);
            lookAt = run.LookAt;
        }
        if (scheduled.Occasions[latest].Kind == ReminderKind.Escalation)
        {
            var run = await escalations.RunAsync(scheduled, latest, units, cancellationToken);
            summary.Add(run.Report);
            if (run.LookAt is { } at && (lookAt is null || at < lookAt)) lookAt = at;
        }
        return lookAt;
    }
}
