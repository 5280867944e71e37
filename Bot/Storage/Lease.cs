namespace EmulationBot.Storage;

/// <summary>A held lease: its job name, the id that proves ownership, and how long it lasts without renewal.</summary>
public sealed record Lease(string Name, string Id, TimeSpan Duration)
{
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(60);

    public static void ValidateDuration(TimeSpan duration)
    {
        if (duration < MinDuration || duration > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A lease lasts between 15 and 60 seconds.");
        }
    }
}
