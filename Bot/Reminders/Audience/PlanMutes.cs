namespace EmulationBot.Reminders.Audience;

/// <summary>The people who muted one plan's reminders, by directory key.</summary>
public sealed class PlanMutes
{
    public HashSet<string> People { get; set; } = new(StringComparer.Ordinal);
}
