using EmulationBot.Protocol;

namespace EmulationBot.Reminders.Audience;

/// <summary>What opening a 1:1 chat needs besides the member: learned from a stored chat, or from configuration.</summary>
public sealed record ChatDefaults
{
    public string? ServiceUrl { get; init; }
    public string? BotId { get; init; }
    public string? BotName { get; init; }
    public string? TenantId { get; init; }

    public bool IsComplete => !string.IsNullOrEmpty(ServiceUrl) && !string.IsNullOrEmpty(BotId) && !string.IsNullOrEmpty(TenantId);

    public static ChatDefaults From(ConversationReference reference) => new()
    {
        ServiceUrl = reference.ServiceUrl,
        BotId = reference.Bot?.Id,
        BotName = reference.Bot?.Name,
        TenantId = reference.Conversation?.TenantId,
    };

    /// <summary>These values, with any missing one taken from <paramref name="fallback"/>.</summary>
    public ChatDefaults Over(ChatDefaults fallback) => new()
    {
        ServiceUrl = string.IsNullOrEmpty(ServiceUrl) ? fallback.ServiceUrl : ServiceUrl,
        BotId = string.IsNullOrEmpty(BotId) ? fallback.BotId : BotId,
        BotName = string.IsNullOrEmpty(BotName) ? fallback.BotName : BotName,
        TenantId = string.IsNullOrEmpty(TenantId) ? fallback.TenantId : TenantId,
    };
}
