namespace EmulationBot.Protocol.Auth;

/// <summary>An issuer the bot accepts tokens from: which checks apply and where its signing keys are published.</summary>
internal sealed record TokenIssuer(TokenIssuerKind Kind, string MetadataUrl, string? TenantId = null)
{
    private const string PublicChannel = "https://api.botframework.com";
    private const string GovernmentChannel = "https://api.botframework.us";
    private const string EntraV1Prefix = "https://sts.windows.net/";
    private const string EntraV2Prefix = "https://login.microsoftonline.com/";

    /// <summary>The tenants of the Bot Framework's own app registrations (Emulator tokens are issued there).</summary>
    internal static readonly string[] BotFrameworkTenantIds =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>
    /// Classifies the (not yet verified) <c>iss</c> claim; null for an issuer the bot does not accept, which is
    /// refused before any key is fetched or signature checked.
    /// </summary>
    public static TokenIssuer? Classify(string? issuer, BotFrameworkAuthenticationOptions options, string? botTenantId)
    {
        switch (issuer)
        {
            case null or "":
                return null;
            case PublicChannel:
                return new TokenIssuer(TokenIssuerKind.Channel, options.ChannelOpenIdMetadataUrl);
            case GovernmentChannel:
                return new TokenIssuer(TokenIssuerKind.Channel, options.GovernmentChannelOpenIdMetadataUrl);
        }
        var tenant = TenantOf(issuer);
        if (tenant is null || !IsAllowedTenant(tenant, options, botTenantId)) return null;
        return new TokenIssuer(TokenIssuerKind.Entra, options.EntraOpenIdMetadataUrl, tenant);
    }

    /// <summary>The tenant id in <c>https://sts.windows.net/{tid}/</c> or <c>https://login.microsoftonline.com/{tid}/v2.0</c>.</summary>
    private static string? TenantOf(string issuer)
    {
        string? tenant = null;
        if (issuer.StartsWith(EntraV1Prefix, StringComparison.Ordinal) && issuer.EndsWith('/'))
        {
            tenant = issuer[EntraV1Prefix.Length..^1];
        }
        else if (issuer.StartsWith(EntraV2Prefix, StringComparison.Ordinal) && issuer.EndsWith("/v2.0", StringComparison.Ordinal))
        {
            tenant = issuer[EntraV2Prefix.Length..^"/v2.0".Length];
        }
        return tenant is not null && Guid.TryParseExact(tenant, "D", out _) ? tenant : null;
    }

    private static bool IsAllowedTenant(string tenant, BotFrameworkAuthenticationOptions options, string? botTenantId) =>
        BotFrameworkTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase)
        || options.AdditionalTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase)
        || string.Equals(tenant, botTenantId?.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>Channel: a Bot Framework channel service. Entra: Microsoft Entra ID on behalf of the bot's own app (Emulator).</summary>
internal enum TokenIssuerKind { Channel, Entra }
