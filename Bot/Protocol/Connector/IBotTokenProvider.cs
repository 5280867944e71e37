namespace EmulationBot.Protocol.Connector;

/// <summary>Supplies the bot's outbound access token for the Bot Connector; none in local mode.</summary>
public interface IBotTokenProvider
{
    /// <summary>False in local mode: replies then go without an Authorization header.</summary>
    bool HasCredentials { get; }

    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Local mode: no credentials, no token.</summary>
public sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public bool HasCredentials => false;

    public Task<string> GetTokenAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No bot credentials are configured.");
}
