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
    private const string LoginHost = "https://login.microsoftonline.com/";

    /// <summary>
    /// MultiTenant bots take tokens from the botframework.com tenant; SingleTenant bots from their home tenant
    /// (never botframework.com: "not found in directory"; never the user's tenant: 401).
    /// </summary>
    public static BotTokenPlan For(BotFrameworkOptions options)
    {
        var appId = options.MicrosoftAppId?.Trim();
        if (string.IsNullOrEmpty(appId)) throw new InvalidOperationException("MicrosoftAppId is required for outbound tokens.");
        return options.AppType switch
        {
            BotAppType.MultiTenant => new(BotCredentialKind.ClientSecret, appId, LoginHost + "botframework.com", ConnectorScope),
            BotAppType.SingleTenant when !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) =>
                new(BotCredentialKind.ClientSecret, appId, LoginHost + options.MicrosoftAppTenantId.Trim(), ConnectorScope),
            BotAppType.SingleTenant => throw new InvalidOperationException("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant."),
            BotAppType.UserAssignedMsi => new(BotCredentialKind.ManagedIdentity, appId, null, ConnectorResource),
            _ => throw new InvalidOperationException($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI."),
        };
    }
}

/// <summary>The credential the bot proves itself with.</summary>
public enum BotCredentialKind { ClientSecret, ManagedIdentity }
