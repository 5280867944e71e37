namespace EmulationBot.Protocol.Auth;

/// <summary>Where the signing keys of inbound tokens come from and how long they are trusted (section <c>BotFrameworkAuthentication</c>).</summary>
public sealed class BotFrameworkAuthenticationOptions
{
    public const string Section = "BotFrameworkAuthentication";

    /// <summary>Metadata of the public Bot Framework channel (tokens issued by <c>https://api.botframework.com</c>).</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Metadata of the US Government channel (tokens issued by <c>https://api.botframework.us</c>).</summary>
    public string GovernmentChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration";

    /// <summary>Metadata of Microsoft Entra ID, for the Emulator's tokens (issued by the bot's own app registration).</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>How long fetched keys are used before they are fetched again.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A token signed with an unknown key refreshes the keys at once, but no more often than this.</summary>
    public TimeSpan MinimumForcedRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tolerance on <c>exp</c> and <c>nbf</c> for clocks that disagree.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tenants besides the Bot Framework's own and the bot's whose Entra tokens are accepted (normally none).</summary>
    public string[] AdditionalTenantIds { get; set; } = [];
}
