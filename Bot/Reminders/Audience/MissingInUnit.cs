using EmulationBot.Units;

namespace EmulationBot.Reminders.Audience;

/// <summary>The people of one unit who have not done an occurrence, and those of them the bot cannot reach in Teams.</summary>
public sealed record MissingInUnit(Unit Unit, IReadOnlyList<ReminderRecipient> People, IReadOnlyList<ReminderRecipient> Unreachable)
{
    public Views.MissingUnit ToView() => new(Unit.Id, Unit.Name, People.Select(p => p.Name).ToList(), Unreachable.Select(p => p.Name).ToList());
}
