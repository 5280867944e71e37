namespace EmulationBot.Reminders.Scheduling;

/// <summary>The scheduler's own record (one document): per occurrence ("plan/occurrence"), how far it got.</summary>
public sealed class ScheduleProgress
{
    public Dictionary<string, OccurrenceProgress> Occurrences { get; set; } = new(StringComparer.Ordinal);
}
