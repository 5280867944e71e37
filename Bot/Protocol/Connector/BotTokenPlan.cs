using EmulationBot.Protocol.Auth;

namespace EmulationBot.Protocol.Connector;

/// <summary>How the bot obtains its Bot Connector token, decided from its app type alone.</summary>
/// <param name="Kind">A client secret (MultiTenant, SingleTenant) or a user-assigned managed identity.</param>
/// <param name="ClientId">The app id, which for a managed identity is its client id.</param>
/// <param name="Authority">The token authority for a client secret; null for a managed identity.</param>
/// <param name="Target">The scope (client secret) or resource (managed identity) asked for.</param>
public sealed record BotTokenPlan(BotCredentialKind Kind, string ClientId, string? Authority, string Target)
{
    public const string ConnectorScope = "https://api.botframework.com/.default";
    public const string ConnectorResource = "https://api.botframework.com";
    public const string GovernmentConnectorResource = "https://api.botframework.us";

    /// <summary>
    /// MultiTenant bots take tokens from the Bot Framework's tenant (botframework.com; in US Government,
    /// MicrosoftServices.onmicrosoft.us); SingleTenant bots from their home tenant (never the Bot Framework's: "not
    /// found in directory"; never the user's tenant: 401). The US Government cloud has its own login host and audience.
    /// </summary>
    public static BotTokenPlan For(BotFrameworkOptions options)
    {
        var appId = options.MicrosoftAppId?.Trim();
        if (string.IsNullOrEmpty(appId)) throw new InvalidOperationException("MicrosoftAppId is required for outbound tokens.");
        var (loginHost, channelTenant, resource) = options.IsGovernment
            ? ("https://login.microsoftonline.us/", "MicrosoftServices.onmicrosoft.us", GovernmentConnectorResource)
            : ("https://login.microsoftonline.com/", "botframework.com", ConnectorResource);
        var scope = resource + "/.default";
        return options.AppType switch
        {
            BotAppType.MultiTenant => new(BotCredentialKind.ClientSecret, appId, loginHost + channelTenant, scope),
            BotAppType.SingleTenant when !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) =>
                new(BotCredentialKind.ClientSecret, appId, loginHost + options.MicrosoftAppTenantId.Trim(), scope),
            BotAppType.SingleTenant => throw new InvalidOperationException("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant."),
            BotAppType.UserAssignedMsi => new(BotCredentialKind.ManagedIdentity, appId, null, resource),
            _ => throw new InvalidOperationException($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI."),
        };
    }
}

/// <summary>The credential the bot proves itself with.</summary>
public enum BotCredentialKind { ClientSecret, ManagedIdentity }
