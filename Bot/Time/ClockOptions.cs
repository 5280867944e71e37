namespace EmulationBot.Time;

/// <summary>Section <c>Clock</c>. Development only: <c>Clock:Now</c> starts the bot's clock at that instant.</summary>
public sealed class ClockOptions
{
    /// <summary>An ISO-8601 instant ("2022-05-20T08:00:00+07:00"); the clock then runs on normally from there.</summary>
    public string? Now { get; set; }
}
