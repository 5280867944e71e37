namespace EmulationBot.Reminders;

/// <summary>One planned reminder for an obligation: before, on the day, or an overdue chase, and when it goes out.</summary>
/// <param name="Key">Stable name within the obligation ("before-7", "due", "overdue-2"), used in the delivery journal.</param>
public sealed record ReminderOccasion(string Key, ReminderKind Kind, int Number, DateTimeOffset At);

public enum ReminderKind { Before, DueDay, Overdue }
