using EmulationBot.Protocol;

namespace EmulationBot.Reminders.Delivery;

/// <summary>What "create conversation" needs for a Teams 1:1 chat: service URL, the bot, the member and the tenant.</summary>
public sealed record ConversationOpening(string ServiceUrl, ChannelAccount Bot, string MemberId, string TenantId, string ChannelId);
