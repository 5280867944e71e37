namespace EmulationBot.Protocol.Auth;

/// <summary>
/// The checks of the Bot Framework authentication spec, one pure function each: null when the token passes,
/// else the reason it fails (safe to log: never the token itself).
/// </summary>
internal static class TokenRules
{
    /// <summary>RS256 only: "none", HMAC (HS256 keyed with the public key) and every other algorithm are refused.</summary>
    public static string? Algorithm(string? algorithm) =>
        algorithm == "RS256" ? null : $"algorithm '{Shorten(algorithm)}' is not allowed";

    public static string? Signature(JsonWebToken token, SigningKey key) =>
        key.VerifyRs256(token.SigningInput, token.Signature) ? null : "the signature does not verify";

    /// <summary><c>exp</c> is required; <c>exp</c> and <c>nbf</c> are compared with <paramref name="skew"/> of tolerance.</summary>
    public static string? Lifetime(JwtClaims claims, DateTimeOffset now, TimeSpan skew)
    {
        if (claims.GetTime("exp") is not { } expires) return "the token has no expiry";
        if (now - skew >= expires) return "the token has expired";
        if (claims.GetTime("nbf") is { } notBefore && now + skew < notBefore) return "the token is not valid yet";
        return null;
    }

    /// <summary>The token must be meant for this bot: <c>aud</c> is its app id.</summary>
    public static string? Audience(JwtClaims claims, string appId) =>
        claims.GetStrings("aud").Contains(appId, StringComparer.OrdinalIgnoreCase) ? null : "the audience is not this bot";

    /// <summary>A channel token vouches for one service URL; the activity must use that one (case and a final slash aside).</summary>
    public static string? ServiceUrl(JwtClaims claims, string? activityServiceUrl)
    {
        if (claims.GetString("serviceurl") is not { Length: > 0 } vouched) return "the token has no serviceurl claim";
        return string.Equals(vouched.TrimEnd('/'), activityServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? null
            : "the activity's serviceUrl is not the one the token vouches for";
    }

    /// <summary>The key that signed a channel token must be endorsed for the activity's channel (e.g. msteams).</summary>
    public static string? Endorsement(SigningKey key, string? channelId) =>
        key.IsEndorsedFor(channelId) ? null : $"the signing key is not endorsed for channel '{Shorten(channelId)}'";

    /// <summary>
    /// An Entra (Emulator) token must come from the bot's own app: <c>appid</c> (v1.0) or <c>azp</c> (v2.0) is the
    /// bot's id, and <c>tid</c> is the tenant named by the issuer.
    /// </summary>
    public static string? EntraIdentity(JwtClaims claims, string appId, string? issuerTenantId)
    {
        var client = claims.GetString("ver") switch
        {
            null or "1.0" => claims.GetString("appid"),
            "2.0" => claims.GetString("azp"),
            _ => null,
        };
        if (!string.Equals(client, appId, StringComparison.OrdinalIgnoreCase)) return "the token was not issued to this bot's app";
        return string.Equals(claims.GetString("tid"), issuerTenantId, StringComparison.OrdinalIgnoreCase)
            ? null
            : "the token's tenant does not match its issuer";
    }

    private static string Shorten(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}
