using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationBot.Tests.Support;

/// <summary>Presses buttons on a card the way a Teams client would: the action's data, plus the inputs' values.</summary>
public static class CardActions
{
    /// <summary>The data an Action.Submit/Action.Execute titled <paramref name="title"/> would send.</summary>
    public static JsonObject Data(JsonElement card, string title, IDictionary<string, string>? inputs = null)
    {
        var action = Find(card, title) ?? throw new Xunit.Sdk.XunitException($"No button «{title}» on the card:\n{card}");
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(d.GetRawText())!.AsObject()
            : [];
        foreach (var input in Inputs(card))
        {
            var id = input.GetProperty("id").GetString()!;
            var value = inputs is not null && inputs.TryGetValue(id, out var given) ? given
                : input.TryGetProperty("value", out var v) ? v.ToString() : null;
            if (value is not null) data[id] = value;
        }
        return data;
    }

    public static string? Verb(JsonElement card, string title) =>
        Find(card, title) is { } a && a.TryGetProperty("verb", out var v) ? v.GetString() : null;

    /// <summary>The data of the Action.Execute with <paramref name="verb"/> (and, when given, for one obligation).</summary>
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

    public static IEnumerable<JsonElement> Executes(JsonElement card) =>
        Walk(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute");

    /// <summary>The value an input of the card starts with (Teams clears inputs on update, so the bot must fill them).</summary>
    public static string? InputValue(JsonElement card, string id) =>
        Inputs(card).FirstOrDefault(i => i.GetProperty("id").GetString() == id) is { ValueKind: JsonValueKind.Object } input
        && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    /// <summary>Every string in the card, one per line.</summary>
    public static string Text(JsonElement card) => string.Join('\n', Strings(card));

    public static IEnumerable<string> Titles(JsonElement card) =>
        Walk(card).Where(IsAction).Select(a => a.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "");

    private static JsonElement? Find(JsonElement card, string title) =>
        Walk(card).Where(IsAction).Cast<JsonElement?>().FirstOrDefault(a => a!.Value.TryGetProperty("title", out var t) && t.GetString() == title);

    private static bool IsAction(JsonElement e) =>
        e.TryGetProperty("type", out var t) && t.GetString() is { } type && type.StartsWith("Action.", StringComparison.Ordinal);

    private static IEnumerable<JsonElement> Inputs(JsonElement card) =>
        Walk(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal) && e.TryGetProperty("id", out _));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static IEnumerable<JsonElement> Walk(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return node;
            foreach (var property in node.EnumerateObject())
            {
                foreach (var child in Walk(property.Value)) yield return child;
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                foreach (var child in Walk(item)) yield return child;
            }
        }
    }
}
