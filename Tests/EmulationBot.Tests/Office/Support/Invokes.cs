using System.Text;
using System.Text.Json;
using EmulationBot.Protocol;

namespace EmulationBot.Tests.Office.Support;

/// <summary>Reading the answer to an Action.Execute invoke: the card that replaced the pressed one, or a short message.</summary>
public static class Invokes
{
    public static string? Type(this TurnResult result) =>
        result.Body is { } body && body.TryGetProperty("type", out var t) ? t.GetString() : null;

    public static JsonElement Card(this TurnResult result)
    {
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, result.Type());
        return result.Body!.Value.GetProperty("value");
    }

    public static string Text(this TurnResult result)
    {
        if (result.Body is not { } body || !body.TryGetProperty("value", out var value)) return "";
        var sb = new StringBuilder();
        Collect(value, sb);
        return sb.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder sb)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: sb.Append('\n').Append(element.GetString()); break;
            case JsonValueKind.Object: foreach (var p in element.EnumerateObject()) Collect(p.Value, sb); break;
            case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) Collect(item, sb); break;
        }
    }
}
