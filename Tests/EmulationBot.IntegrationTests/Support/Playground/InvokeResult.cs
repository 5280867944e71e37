using System.Text.Json;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>The bot's answer to an invoke: the invoke response's status, type and value (e.g. the refreshed card).</summary>
public sealed record InvokeResult(int Status, string? Type, JsonElement? Value, PlaygroundTurn Turn);
