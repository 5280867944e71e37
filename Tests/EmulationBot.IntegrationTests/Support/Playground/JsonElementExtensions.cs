using System.Text.Json;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>Lenient reads of the Playground's JSON, whose fields come and go by message kind.</summary>
internal static class JsonElementExtensions
{
    public static string? GetString(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static long? GetInt64(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var number)
            ? number
            : null;
}
