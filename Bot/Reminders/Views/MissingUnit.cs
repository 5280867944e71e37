namespace EmulationBot.Reminders.Views;

/// <summary>One unit with the names of its members who have not done the work, and of those the bot cannot reach.</summary>
public sealed record MissingUnit(string UnitId, string UnitName, IReadOnlyList<string> People, IReadOnlyList<string> Unreachable);
