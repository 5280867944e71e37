using EmulationBot.Units;

namespace EmulationBot.Reminders.Escalation;

/// <summary>Who pressed a button or typed a command, as decided server-side from the activity and the directory.</summary>
public sealed record ReminderActor(Person Person, bool IsOffice)
{
    /// <summary>The office acts for every unit; a unit head for their own.</summary>
    public bool MayChase(string? unitId) => IsOffice || (unitId is not null && Person.CanManageUnit(unitId));
}
