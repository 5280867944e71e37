using EmulationBot.Reminders.Work;

namespace EmulationBot.Reminders.Views;

/// <summary>An overdue occurrence as a unit head or the office sees it: per unit, who has still not done it.</summary>
public sealed record EscalationView(string PlanId, string PlanTitle, WorkOccurrence Occurrence, DateOnly Today, IReadOnlyList<MissingUnit> Units, bool ForOffice, string? Note = null);
