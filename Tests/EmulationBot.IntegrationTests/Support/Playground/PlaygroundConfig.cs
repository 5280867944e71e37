using System.Text.Json.Serialization;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>What the Playground emulates (GET /_internal/v1/testConfig): tenant, bot, users, chats and team.</summary>
public sealed record PlaygroundConfig(
    [property: JsonPropertyName("tenantId")] string TenantId,
    [property: JsonPropertyName("bot")] PlaygroundAccount Bot,
    [property: JsonPropertyName("currentUser")] PlaygroundAccount CurrentUser,
    [property: JsonPropertyName("users")] IReadOnlyList<PlaygroundAccount> Users,
    [property: JsonPropertyName("personalChat")] PlaygroundConversationInfo PersonalChat,
    [property: JsonPropertyName("groupChats")] IReadOnlyList<PlaygroundConversationInfo> GroupChats,
    [property: JsonPropertyName("teams")] IReadOnlyList<PlaygroundTeam> Teams)
{
    public PlaygroundChat PersonalChatTarget => new(PersonalChat.Id, PlaygroundChat.Personal, PersonalChat.Name ?? "Personal Chat");

    public PlaygroundChat GroupChatTarget => new(GroupChats[0].Id, PlaygroundChat.Group, GroupChats[0].Name ?? "Group Chat");

    /// <summary>A channel of the team by name; the first one ("General") has the team's id.</summary>
    public PlaygroundChat ChannelTarget(string? name = null)
    {
        var channels = Teams[0].Channels;
        var channel = name is null ? channels[0] : channels.FirstOrDefault(c => c.Name == name)
            ?? throw new ArgumentException($"The team has no channel '{name}'; it has {string.Join(", ", channels.Select(c => c.Name))}.");
        return new PlaygroundChat(channel.Id, PlaygroundChat.Channel, channel.Name ?? channel.Id);
    }
}
