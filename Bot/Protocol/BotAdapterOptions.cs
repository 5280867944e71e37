namespace EmulationBot.Protocol;

/// <summary>Limits of the messaging endpoint (section <c>Bot</c>).</summary>
public sealed class BotAdapterOptions
{
    /// <summary>Largest request body accepted; Teams messages are at most about 100 KB.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
