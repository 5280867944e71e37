using EmulationBot.Protocol;

namespace EmulationBot.Conversation;

/// <summary>State of a group chat or channel conversation: its reference (for announcements) and its dialogs.</summary>
public sealed class GroupConversationState
{
    public ConversationReference? Reference { get; set; }
    public bool Gone { get; set; }
    public DateTimeOffset? WelcomedAt { get; set; }
    public ConversationData Data { get; set; } = new();
}
