namespace EmulationBot.IntegrationTests.Support;

/// <summary>
/// The real clock shifted to a chosen instant, which the test can move on in jumps (to the next reminder day) while
/// time keeps running and timers fire in real time, as they do for a bot started with <c>Clock:Now</c>.
/// </summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long _offsetTicks = (start - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void JumpTo(DateTimeOffset instant) => Interlocked.Exchange(ref _offsetTicks, (instant - System.GetUtcNow()).Ticks);
}
