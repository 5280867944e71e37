namespace EmulationBot.Protocol.Connector;

/// <summary>The Bot Connector REST API: how the bot posts into conversations, in a turn or proactively.</summary>
/// <remarks>Every call takes its base address from the activity's (or reference's) serviceUrl.</remarks>
public interface IConnectorClient
{
    /// <summary>Posts a new activity, as a reply when it has a <c>replyToId</c>.</summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces the activity whose id is <c>activity.Id</c>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Opens (or finds) a conversation, e.g. the 1:1 chat with a user for a proactive message.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>One member of a conversation by Teams id, AAD object id or UPN; null when not found.</summary>
    Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);
}
