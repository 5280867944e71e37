using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Reminders.Delivery;

namespace EmulationBot.Reminders.Audience;

/// <summary>How a recipient can be reached right now, in which language to write to them, and their user state if they have one.</summary>
public sealed record Contact(ContactKind Kind, ProactiveTarget? Target, Language Language, string? UserStateKey, UserState? User = null)
{
    public bool CanSend => Kind is ContactKind.Chat or ContactKind.Open;
}

/// <summary>Chat: a stored personal chat. Open: a 1:1 chat can be created. Gone: the bot was removed. Unreachable: no way.</summary>
public enum ContactKind { Chat, Open, Gone, Unreachable }
