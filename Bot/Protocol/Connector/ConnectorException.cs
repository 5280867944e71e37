namespace EmulationBot.Protocol.Connector;

/// <summary>A connector call that failed for good (after retries), with the connector's status and error code.</summary>
public sealed class ConnectorException(int statusCode, string? code, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int StatusCode { get; } = statusCode;
    public string? Code { get; } = code;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>How a send failed, which decides what a sender does next.</summary>
    public SendFailure Kind => StatusCode switch
    {
        429 => SendFailure.Throttled,
        403 or 404 => SendFailure.Gone,
        _ => SendFailure.Failed,
    };
}

/// <summary>Throttled: wait and retry. Gone: the bot was removed or the user/conversation no longer exists. Failed: anything else.</summary>
public enum SendFailure { Throttled, Gone, Failed }
