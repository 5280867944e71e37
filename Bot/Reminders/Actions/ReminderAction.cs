using EmulationBot.Localization;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Reminders.Scheduling;

namespace EmulationBot.Reminders.Actions;

/// <summary>A pressed reminder button, checked: the occurrence it names (still in the plan) and who pressed it.</summary>
public sealed record ReminderAction(ScheduledOccurrence Scheduled, ReminderActor Actor, Language Language, string? ReplyToId)
{
    public string PlanId => Scheduled.PlanId;
    public string? UnitId => Actor.Person.Unit?.Id;
}
