using EmulationBot.Reminders.Work;

namespace EmulationBot.Reminders.Views;

/// <summary>An overdue occurrence as a unit head or the office sees it: per unit, who has still not done it.</summary>
public sealed record EscalationView(string PlanId, string PlanTitle, WorkOccurrence Occurrence, DateOnly Today, IReadOnlyList<MissingUnit> Units, bool ForOffice, string? Note = null);

/// <summary>One unit with the names of its members who have not done the work.</summary>
public sealed record MissingUnit(string UnitId, string UnitName, IReadOnlyList<string> People);
