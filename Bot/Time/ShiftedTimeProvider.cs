namespace EmulationBot.Time;

/// <summary>The system clock shifted by a fixed offset, so that a demo can live in May 2022 while time still passes.</summary>
public sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; } = offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public static TimeProvider StartingAt(DateTimeOffset start) => new ShiftedTimeProvider(start - System.GetUtcNow());
}
