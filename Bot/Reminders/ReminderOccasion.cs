namespace EmulationBot.Reminders;

/// <summary>One planned reminder for an obligation: before, on the day, or an overdue chase, and when it goes out.</summary>
/// <param name="Key">Stable name within the obligation ("before-7", "due", "overdue-2", "escalation"), used in the delivery journal.</param>
public sealed record ReminderOccasion(string Key, ReminderKind Kind, int Number, DateTimeOffset At);

/// <summary>Before the deadline, on its day, an overdue chase, or the report to unit heads and the office after the last chase.</summary>
public enum ReminderKind { Before, DueDay, Overdue, Escalation }
