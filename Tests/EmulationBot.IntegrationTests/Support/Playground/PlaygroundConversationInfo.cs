using System.Text.Json.Serialization;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>A chat or channel in the Playground's configuration.</summary>
public sealed record PlaygroundConversationInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name);
