using System.Text.Json.Serialization;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>The team in the Playground's configuration; its first channel (General) has the team's id.</summary>
public sealed record PlaygroundTeam(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("channels")] IReadOnlyList<PlaygroundConversationInfo> Channels);
