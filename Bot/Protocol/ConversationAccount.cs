using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationBot.Protocol;

/// <summary>The conversation an activity belongs to: a personal chat, a group chat or a channel thread.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
