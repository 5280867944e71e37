namespace EmulationBot.Protocol.Auth;

/// <summary>The bot's identity, under the Bot Framework's own configuration keys (read from the configuration root).</summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

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
