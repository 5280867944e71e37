namespace EmulationBot.Reminders.Delivery;

/// <summary>
/// Marks the connector calls made on behalf of a proactive send (reminders, broadcasts), which the
/// <see cref="PacingHandler"/> paces; the flag flows with the async call, not with the thread.
/// </summary>
public static class ProactiveSends
{
    private static readonly AsyncLocal<bool> Current = new();

    public static bool InProgress => Current.Value;

    /// <summary>Until disposed, connector calls from this async flow are proactive.</summary>
    public static Scope Begin()
    {
        var outer = Current.Value;
        Current.Value = true;
        return new Scope(outer);
    }

    public readonly struct Scope(bool outer) : IDisposable
    {
        public void Dispose() => Current.Value = outer;
    }
}
