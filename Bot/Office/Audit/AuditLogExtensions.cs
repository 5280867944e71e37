using EmulationBot.Units;

namespace EmulationBot.Office.Audit;

public static class AuditLogExtensions
{
    /// <summary>
    /// Records what <paramref name="actor"/> did; the entry's unit is the actor's unit unless <paramref name="unitId"/>
    /// says otherwise. <paramref name="once"/> names the action and its time, for an action a retried turn may repeat.
    /// </summary>
    public static Task RecordAsync(this IAuditLog log, Person actor, AuditAction action, string? planId, string? subject,
        string? detail = null, string? unitId = null, (string Name, DateTimeOffset At)? once = null, CancellationToken cancellationToken = default) =>
        log.AppendAsync(new AuditEntry
        {
            ActorKey = actor.Key,
            ActorName = actor.Name,
            Action = action,
            PlanId = planId,
            UnitId = unitId ?? actor.Unit?.Id,
            Subject = subject,
            Detail = detail,
            Once = once?.Name,
            At = once?.At ?? default,
        }, cancellationToken);
}
