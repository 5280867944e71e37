namespace EmulationBot.Reminders.Delivery;

/// <summary>At most <see cref="Count"/> sends in any window of length <see cref="Per"/>.</summary>
public sealed class RateLimit
{
    public int Count { get; set; }
    public TimeSpan Per { get; set; }

    public static RateLimit Of(int count, TimeSpan per) => new() { Count = count, Per = per };
}
