namespace EmulationBot.Protocol.Auth;

/// <summary>The bot's identity, under the Bot Framework's own configuration keys (read from the configuration root).</summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// The Bot Framework's cloud setting: empty for the public cloud, <c>https://botframework.azure.us</c> for US Government
    /// (outbound tokens then come from <c>login.microsoftonline.us</c> for <c>api.botframework.us</c>).
    /// </summary>
    public string? ChannelService { get; set; }

    public const string GovernmentChannelService = "https://botframework.azure.us";

    public bool IsGovernment => string.Equals(ChannelService?.Trim().TrimEnd('/'), GovernmentChannelService, StringComparison.OrdinalIgnoreCase);

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public BotAppType AppType => MicrosoftAppType?.Trim().ToLowerInvariant() switch
    {
        null or "" or "multitenant" => BotAppType.MultiTenant,
        "singletenant" => BotAppType.SingleTenant,
        "userassignedmsi" => BotAppType.UserAssignedMsi,
        _ => BotAppType.Unknown,
    };

    /// <summary>The configuration problems that must stop start-up; empty when the settings are usable.</summary>
    public IReadOnlyList<string> Validate(bool isDevelopment)
    {
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(ChannelService) && !IsGovernment)
        {
            problems.Add($"ChannelService '{ChannelService}' is not supported: leave it empty for the public cloud or set {GovernmentChannelService} for US Government.");
        }
        if (!HasAppId)
        {
            if (!isDevelopment)
            {
                problems.Add("MicrosoftAppId is not set. Outside the Development environment every request must be authenticated: " +
                             "set MicrosoftAppId (and MicrosoftAppPassword / MicrosoftAppType / MicrosoftAppTenantId) to the Azure Bot's app registration.");
            }
            return problems;
        }
        switch (AppType)
        {
            case BotAppType.Unknown:
                problems.Add($"MicrosoftAppType '{MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
                break;
            case BotAppType.MultiTenant when string.IsNullOrWhiteSpace(MicrosoftAppPassword):
                problems.Add("MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant.");
                break;
            case BotAppType.SingleTenant:
                if (string.IsNullOrWhiteSpace(MicrosoftAppPassword)) problems.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.");
                if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId)) problems.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
                break;
            case BotAppType.UserAssignedMsi when string.IsNullOrWhiteSpace(MicrosoftAppTenantId):
                problems.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
                break;
        }
        return problems;
    }
}

public enum BotAppType { MultiTenant, SingleTenant, UserAssignedMsi, Unknown }
