using EmulationBot.Protocol;

namespace EmulationBot.Reminders.Delivery;

/// <summary>
/// Where a proactive message goes: an existing personal chat (<see cref="Reference"/>), or a 1:1 chat to open first
/// for someone known only from the roster (<see cref="Create"/>).
/// </summary>
public sealed record ProactiveTarget(ConversationReference? Reference, ConversationOpening? Create)
{
    public static ProactiveTarget Chat(ConversationReference reference) => new(reference, null);

    public static ProactiveTarget Open(ConversationOpening opening) => new(null, opening);

    /// <summary>The key the per-conversation limits and the "gone" list use.</summary>
    public string ConversationKey => Reference?.Conversation?.Id ?? "open:" + Create!.MemberId;
}
