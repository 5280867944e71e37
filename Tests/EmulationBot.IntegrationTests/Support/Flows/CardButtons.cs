using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Support.Flows;

/// <summary>What pressing a button of a card sends, as a Teams client builds it: the action's data (tapped containers included).</summary>
public static class CardButtons
{
    public static JsonObject Data(BotMessage message, string title)
    {
        var card = message.Card ?? throw new InvalidOperationException($"The message has no card: {message}");
        var action = Actions(card).FirstOrDefault(a => a.TryGetProperty("title", out var t) && t.GetString() == title);
        if (action.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"No button «{title}» on the card; it has: {string.Join(", ", Actions(card).Select(a => a.GetProperty("title").GetString()))}");
        }
        return action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? JsonNode.Parse(data.GetRawText())!.AsObject() : [];
    }

    public static string? Verb(BotMessage message, string title) =>
        Actions(message.Card!.Value).FirstOrDefault(a => a.TryGetProperty("title", out var t) && t.GetString() == title) is { ValueKind: JsonValueKind.Object } action
        && action.TryGetProperty("verb", out var verb) ? verb.GetString() : null;

    private static IEnumerable<JsonElement> Actions(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) foreach (var found in Actions(item)) yield return found;
            yield break;
        }
        if (node.ValueKind != JsonValueKind.Object) yield break;
        if (node.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Action.", StringComparison.Ordinal) == true && node.TryGetProperty("title", out _)) yield return node;
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "data") continue;
            foreach (var found in Actions(property.Value)) yield return found;
        }
    }
}
