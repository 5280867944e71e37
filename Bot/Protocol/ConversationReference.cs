namespace EmulationBot.Protocol;

/// <summary>Everything needed to message a conversation again later, outside a turn (proactive messages).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }

    /// <summary>A message activity addressed to this conversation, as the bot.</summary>
    public Activity CreateMessageTo(Activity activity)
    {
        activity.ChannelId ??= ChannelId;
        activity.ServiceUrl ??= ServiceUrl;
        activity.Conversation ??= Conversation;
        activity.From ??= Bot;
        activity.Recipient ??= User;
        return activity;
    }
}
