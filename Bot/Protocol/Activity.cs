using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationBot.Protocol;

/// <summary>A Bot Framework activity: what a channel sends the bot and what the bot sends back.</summary>
/// <remarks>
/// Only the fields the bot uses are typed; everything else Teams sends (timestamps, localTimezone, future
/// fields) is kept in <see cref="Properties"/> so that an activity survives a parse/serialise round trip.
/// </remarks>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Entity>? Entities { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public JsonElement? ChannelData { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Action { get; set; }
    public string? DeliveryMode { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    public static Activity CreateTyping() => new() { Type = ActivityTypes.Typing };

    /// <summary>The reference a proactive message needs to reach this activity's conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>Addresses <paramref name="reply"/> as an answer to this activity (from the bot, in the same conversation).</summary>
    public Activity ApplyReplyAddress(Activity reply)
    {
        reply.ChannelId ??= ChannelId;
        reply.ServiceUrl ??= ServiceUrl;
        reply.Conversation ??= Conversation;
        reply.From ??= Recipient;
        reply.Recipient ??= From;
        reply.ReplyToId ??= Type == ActivityTypes.ConversationUpdate || Type == ActivityTypes.InstallationUpdate ? null : Id;
        return reply;
    }

    /// <summary>The Teams tenant id: from the conversation, else from channelData.tenant.id.</summary>
    public string? GetTenantId()
    {
        if (!string.IsNullOrEmpty(Conversation?.TenantId)) return Conversation.TenantId;
        if (ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }
        return null;
    }

    public bool IsGroupConversation() =>
        Conversation?.IsGroup == true
        || Conversation?.ConversationType is "groupChat" or "channel";
}
