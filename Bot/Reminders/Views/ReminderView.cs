using EmulationBot.Reminders.Work;

namespace EmulationBot.Reminders.Views;

/// <summary>What a reminder card shows: the plan, the occurrence, how it stands today, and a note after a button was pressed.</summary>
public sealed record ReminderView(string PlanId, string PlanTitle, WorkOccurrence Occurrence, DateOnly Today, ReminderCardState State = ReminderCardState.Open, string? Note = null);
