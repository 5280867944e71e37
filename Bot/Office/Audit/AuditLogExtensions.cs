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
        log.AppendAsync(Line(actor, action, planId, subject, once?.At ?? default, detail, unitId) with { Once = once?.Name }, cancellationToken);

    /// <summary>One audit line of what <paramref name="actor"/> did at <paramref name="at"/>, for the log or for a record's own history.</summary>
    public static AuditEntry Line(Person actor, AuditAction action, string? planId, string? subject, DateTimeOffset at,
        string? detail = null, string? unitId = null) => new()
        {
            ActorKey = actor.Key,
            ActorName = actor.Name,
            Action = action,
            PlanId = planId,
            UnitId = unitId ?? actor.Unit?.Id,
            Subject = subject,
            Detail = detail,
            At = at,
        };
}
