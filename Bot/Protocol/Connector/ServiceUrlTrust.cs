using System.Collections.Concurrent;

namespace EmulationBot.Protocol.Connector;

/// <summary>
/// The service URLs the bot may send its token to: those vouched for by a validated inbound token (the
/// <c>serviceurl</c> claim) and Microsoft's own connector hosts. A token never goes anywhere else.
/// </summary>
public sealed class ServiceUrlTrust
{
    private static readonly string[] TrustedHostSuffixes =
        ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us", "botframework.azure.us", "infra.gcc.teams.microsoft.com", "infra.gov.teams.microsoft.us", "infra.dod.teams.microsoft.us"];

    private readonly ConcurrentDictionary<string, byte> _vouched = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string serviceUrl) => _vouched.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl)
    {
        if (_vouched.ContainsKey(Normalize(serviceUrl))) return true;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) return false;
        return TrustedHostSuffixes.Any(suffix =>
            uri.Host.Equals(suffix, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}
