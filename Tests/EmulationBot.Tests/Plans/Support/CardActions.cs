using System.Text.Json;

namespace EmulationBot.Tests.Plans.Support;

/// <summary>Reads a bound card as a Teams client would: its Action.Execute buttons and the data they send.</summary>
internal static class CardActions
{
    public static Dictionary<string, object?> DataOf(JsonElement card, string verb, string? obligation = null)
    {
        var action = Executes(card).FirstOrDefault(a => a.GetProperty("verb").GetString() == verb
            && (obligation is null || (a.TryGetProperty("data", out var d) && d.TryGetProperty("obligation", out var o) && o.GetString() == obligation)));
        Assert.True(action.ValueKind == JsonValueKind.Object, $"The card has no {verb} button{(obligation is null ? "" : " for " + obligation)}.");
        var data = new Dictionary<string, object?>();
        if (action.TryGetProperty("data", out var values))
        {
            foreach (var p in values.EnumerateObject()) data[p.Name] = p.Value.Clone();
        }
        return data;
    }

    public static IEnumerable<JsonElement> Executes(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute") yield return element;
                foreach (var p in element.EnumerateObject())
                {
                    foreach (var inner in Executes(p.Value)) yield return inner;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in Executes(item)) yield return inner;
                }
                break;
        }
    }

    /// <summary>The value an input of the card starts with (Teams clears inputs on update, so the bot must fill them).</summary>
    public static string? InputValue(JsonElement card, string id) => Inputs(card).FirstOrDefault(i => i.GetProperty("id").GetString() == id) is { ValueKind: JsonValueKind.Object } input
        && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    private static IEnumerable<JsonElement> Inputs(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal)) yield return element;
            foreach (var p in element.EnumerateObject())
            {
                foreach (var inner in Inputs(p.Value)) yield return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Inputs(item)) yield return inner;
            }
        }
    }

    public static string Text(JsonElement card) => string.Join('\n', Strings(card));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
