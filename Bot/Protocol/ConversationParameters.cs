using System.Text.Json;

namespace EmulationBot.Protocol;

/// <summary>The body of "create conversation": used to open a 1:1 chat with a user for a proactive message.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}

/// <summary>What the connector answers to "create conversation".</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}

/// <summary>A Teams roster member (the connector names the AAD id <c>aadObjectId</c> or <c>objectId</c>).</summary>
public sealed class TeamsChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? ObjectId { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? TenantId { get; set; }
    public string? UserRole { get; set; }
}

/// <summary>The connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ConnectorError
{
    public ConnectorErrorDetail? Error { get; set; }
}

public sealed class ConnectorErrorDetail
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
