using System.Text.Json.Serialization;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>A user or the bot as the Playground's configuration describes it.</summary>
public sealed record PlaygroundAccount(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("aadObjectId")] string? AadObjectId);
