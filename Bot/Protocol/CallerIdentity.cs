namespace EmulationBot.Protocol;

/// <summary>Who sent an inbound request: the Bot Framework channel (with the claims it vouched for) or nobody (local mode).</summary>
public sealed record CallerIdentity(bool IsAuthenticated, string? AppId, string? ServiceUrl, IReadOnlyDictionary<string, string> Claims)
{
    public static CallerIdentity Anonymous { get; } = new(false, null, null, new Dictionary<string, string>());
}
