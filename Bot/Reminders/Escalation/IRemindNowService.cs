namespace EmulationBot.Reminders.Escalation;

/// <summary>
/// "Nhắc ngay": reminds, right away (within sending hours), exactly the people of a unit — or of every unit — who have
/// still not done an occurrence. For the escalation cards and the office's progress views.
/// </summary>
public interface IRemindNowService
{
    /// <param name="unitId">The unit to chase; null for every unit (office only).</param>
    Task<RemindNowResult> RemindAsync(ReminderActor actor, string planId, string occurrenceKey, string? unitId, CancellationToken cancellationToken);
}
