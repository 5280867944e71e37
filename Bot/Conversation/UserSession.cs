using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Storage;

namespace EmulationBot.Conversation;

/// <summary>The state one turn works on: the user's document, the group conversation's (if any), and the language.</summary>
public sealed class UserSession(StateEntry<UserState> user, StateEntry<GroupConversationState>? group, Language language)
{
    public StateEntry<UserState> UserEntry { get; } = user;
    public StateEntry<GroupConversationState>? GroupEntry { get; } = group;

    public UserState User => UserEntry.Value;

    public Language Language { get; set; } = language;

    /// <summary>The channel's id of the user (Teams 29:…).</summary>
    public required string UserId { get; init; }

    public required string ChannelId { get; init; }

    public bool IsPersonalChat => GroupEntry is null;

    /// <summary>The dialogs of the conversation this turn happens in.</summary>
    public ConversationData Conversation => GroupEntry?.Value.Data ?? User.Personal;

    public static UserSession Of(TurnContext turn) => turn.GetRequired<UserSession>();
}
