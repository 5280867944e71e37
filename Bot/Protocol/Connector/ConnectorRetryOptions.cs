namespace EmulationBot.Protocol.Connector;

/// <summary>How connector calls are retried (section <c>Connector:Retry</c>); defaults follow the Teams rate-limit guidance.</summary>
public sealed class ConnectorRetryOptions
{
    public const string Section = "Connector:Retry";

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait a <c>Retry-After</c> header can impose; longer ones are cut to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one attempt may take before it is abandoned and retried; infinite turns it off.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
