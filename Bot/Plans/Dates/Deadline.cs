namespace EmulationBot.Plans.Dates;

/// <summary>A deadline read from text: a due date with its marker, an optional start ("từ … đến …"), an optional recurrence.</summary>
public sealed record Deadline(PlanDate? Due, DateMarker Marker, PlanDate? From = null, Recurrence? Recurrence = null);
