using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Outbox;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Escalation;

/// <summary>
/// Checks that the actor may chase the unit, works out who is missing now, and queues one job for the scheduler
/// (which alone sends, paced and journaled); the scheduler is woken so that it goes out at once when allowed.
/// </summary>
public sealed class RemindNowService(
    ReminderPlanner planner,
    MissingPeople missingPeople,
    UnitDirectoryStore directory,
    OutboxStore outbox,
    WorkCalendar calendar,
    SchedulerSignal signal,
    TimeProvider time,
    ILogger<RemindNowService> logger) : IRemindNowService
{
    public async Task<RemindNowResult> RemindAsync(ReminderActor actor, string planId, string occurrenceKey, string? unitId, CancellationToken cancellationToken)
    {
        if (unitId is null ? !actor.IsOffice : !actor.MayChase(unitId)) return new RemindNowResult(RemindNowStatus.NotAllowed);
        if (await planner.FindAsync(planId, occurrenceKey, cancellationToken) is not { } scheduled) return new RemindNowResult(RemindNowStatus.NotFound);
        var now = time.GetUtcNow();
        var missing = await missingPeople.ForAsync(scheduled, await directory.GetAsync(cancellationToken), unitId, cancellationToken);
        var people = missing.SelectMany(m => m.People).Select(p => p.Key).ToList();
        if (people.Count == 0) return new RemindNowResult(RemindNowStatus.NobodyMissing);
        var job = new OutboxJob
        {
            Id = Guid.NewGuid().ToString("N")[..12],
            Kind = OutboxJobKind.RemindNow,
            CreatedAt = now,
            RequestedBy = actor.Person.Key,
            PlanId = planId,
            OccurrenceKey = occurrenceKey,
            UnitId = unitId,
            PersonKeys = people,
            Index = scheduled.LatestReminderIndexAt(now),
        };
        await outbox.EnqueueAsync(job, cancellationToken);
        logger.LogInformation("Queued a remind-now of {Count} people for {Scope} (unit {UnitId})", people.Count, scheduled.Scope, unitId ?? "all");
        signal.Wake();
        return new RemindNowResult(RemindNowStatus.Queued, people.Count, calendar.NextAllowed(now));
    }
}
