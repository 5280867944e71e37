namespace EmulationBot.Conversation;

/// <summary>Section <c>Bot:FloodGuard</c>: how fast one user may send before the bot asks them to slow down.</summary>
public sealed class FloodGuardOptions
{
    /// <summary>Messages a user may send at once (a burst of clicks and quick lines is normal).</summary>
    public int Burst { get; set; } = 20;

    /// <summary>Sustained messages per minute after the burst is used up.</summary>
    public int PerMinute { get; set; } = 60;

    /// <summary>Longest message text the bot reads; Teams itself caps messages at about 28 KB.</summary>
    public int MaxTextLength { get; set; } = 4000;
}
