namespace EmulationBot.Reminders.Views;

/// <summary>How a reminder card looks: with its buttons, closed (done, started, snoozed) with a note, or muted with "Bật lại".</summary>
public enum ReminderCardState { Open, Closed, Muted }
