using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Storage;

namespace EmulationBot.Conversation;

/// <summary>Loads the state a turn works on, keeps the user's identity and chat reference current, and saves it.</summary>
public sealed class SessionStore(BotStateStore states, LanguageResolver languages)
{
    public static string UserKey(string channelId, string userId) => $"users/{channelId}/{userId}";

    public static string ConversationKey(string channelId, string conversationId) => $"conversations/{channelId}/{conversationId}";

    public async Task<UserSession> LoadAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var channelId = activity.ChannelId ?? "unknown";
        var userId = activity.From!.Id!;
        var user = await states.LoadAsync(UserKey(channelId, userId), StateJson.Default.UserState, cancellationToken);
        StateEntry<GroupConversationState>? group = null;
        if (activity.IsGroupConversation())
        {
            group = await states.LoadAsync(ConversationKey(channelId, activity.Conversation!.Id!), StateJson.Default.GroupConversationState, cancellationToken);
            RefreshGroupReference(group.Value, activity);
        }
        else
        {
            RefreshPersonalReference(user.Value, activity);
        }
        RefreshIdentity(user.Value, activity);
        var language = languages.Resolve(user.Value, activity);
        return new UserSession(user, group, language) { UserId = userId, ChannelId = channelId };
    }

    public async Task SaveAsync(UserSession session, CancellationToken cancellationToken)
    {
        if (session.GroupEntry is { } group) await states.SaveAsync(group, StateJson.Default.GroupConversationState, cancellationToken);
        await states.SaveAsync(session.UserEntry, StateJson.Default.UserState, cancellationToken);
    }

    private static void RefreshIdentity(UserState user, Activity activity)
    {
        var from = activity.From!;
        if (!string.IsNullOrWhiteSpace(from.Name) && from.Name != user.Name) user.Name = from.Name;
        if (!string.IsNullOrWhiteSpace(from.AadObjectId) && from.AadObjectId != user.AadObjectId) user.AadObjectId = from.AadObjectId;
        var tenant = activity.GetTenantId();
        if (!string.IsNullOrWhiteSpace(tenant) && tenant != user.TenantId) user.TenantId = tenant;
    }

    /// <summary>Stores the personal chat's reference the first time, and again only when Teams moved it.</summary>
    private static void RefreshPersonalReference(UserState user, Activity activity)
    {
        var current = user.PersonalChat;
        if (current is not null && current.ServiceUrl == activity.ServiceUrl && current.Conversation?.Id == activity.Conversation?.Id
            && current.Bot?.Id == activity.Recipient?.Id && !user.PersonalChatGone)
        {
            return;
        }
        user.PersonalChat = MinimalReference(activity);
        user.PersonalChatGone = false;
    }

    private static void RefreshGroupReference(GroupConversationState group, Activity activity)
    {
        var current = group.Reference;
        if (current is not null && current.ServiceUrl == activity.ServiceUrl && current.Bot?.Id == activity.Recipient?.Id && !group.Gone) return;
        group.Reference = MinimalReference(activity);
        group.Gone = false;
    }

    /// <summary>The reference without the per-message parts (activity id, locale), so it changes only when the chat does.</summary>
    private static ConversationReference MinimalReference(Activity activity) => new()
    {
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Bot = activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null,
        User = activity.From is { } from ? new ChannelAccount { Id = from.Id, Name = from.Name, AadObjectId = from.AadObjectId } : null,
        Conversation = activity.Conversation is { } c
            ? new ConversationAccount { Id = c.Id, ConversationType = c.ConversationType, TenantId = activity.GetTenantId(), IsGroup = c.IsGroup }
            : null,
    };
}
