using System.Net.Http.Headers;

namespace EmulationBot.Protocol.Connector;

/// <summary>Reads a <c>Retry-After</c> header (seconds or an HTTP date) as a wait.</summary>
public static class RetryAfter
{
    /// <summary>The wait the header asks for, clamped to [0, <paramref name="max"/>]; null when there is no header.</summary>
    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now, TimeSpan max)
    {
        var wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (wait is null) return null;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
    }
}
