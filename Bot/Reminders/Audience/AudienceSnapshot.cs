namespace EmulationBot.Reminders.Audience;

/// <summary>The units that must act on an occurrence, those that are done, and the people of the others.</summary>
public sealed record AudienceSnapshot(IReadOnlyList<string> Units, IReadOnlySet<string> DoneUnits, IReadOnlyList<ReminderRecipient> People);
