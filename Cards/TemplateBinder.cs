using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationBot.Cards;

/// <summary>Walks a template tree and produces the bound card (see <see cref="CardTemplate"/>).</summary>
internal static class TemplateBinder
{
    public static JsonNode? Bind(JsonNode? node, BindingScope scope) => node switch
    {
        JsonObject obj => BindObject(obj, scope),
        JsonArray array => BindArray(array, scope),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => BindString(value.GetValue<string>(), scope),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonObject? BindObject(JsonObject obj, BindingScope scope)
    {
        if (obj.TryGetPropertyValue("$data", out var dataNode))
        {
            scope = scope with { Data = Evaluate(dataNode, scope) };
        }
        if (obj.TryGetPropertyValue("$when", out var whenNode) && !Truthy(Evaluate(whenNode, scope)))
        {
            return null;
        }
        var result = new JsonObject();
        foreach (var (key, child) in obj)
        {
            if (key is "$data" or "$when") continue;
            var bound = Bind(child, scope);
            if (bound is null && child is JsonValue v && v.GetValueKind() == JsonValueKind.String) continue; // unbound optional value
            result[key] = bound;
        }
        return result;
    }

    private static JsonArray BindArray(JsonArray array, BindingScope scope)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is JsonObject obj && obj.TryGetPropertyValue("$data", out var dataNode)
                && Evaluate(dataNode, scope) is JsonArray items)
            {
                // "$data" bound to an array repeats the element once per item.
                var index = 0;
                foreach (var element in items)
                {
                    var itemScope = new BindingScope(element, scope.Root, index++, scope.Shared);
                    var copy = obj.DeepClone().AsObject();
                    copy.Remove("$data");
                    if (BindObject(copy, itemScope) is { } bound) result.Add(bound);
                }
                continue;
            }
            var boundItem = Bind(item, scope);
            if (boundItem is not null || item is null) result.Add(boundItem);
        }
        return result;
    }

    private static JsonNode? BindString(string text, BindingScope scope)
    {
        var start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0) return JsonValue.Create(text);

        // A string that is exactly one expression keeps the value's own type (array, number, boolean…).
        if (start == 0 && text.EndsWith('}') && FindClose(text, 2) == text.Length - 1)
        {
            var value = TemplateExpression.Evaluate(text[2..^1], scope);
            return value is null ? null : value.DeepClone();
        }

        var sb = new StringBuilder(text.Length + 16);
        var position = 0;
        while (start >= 0)
        {
            var close = FindClose(text, start + 2);
            if (close < 0) break;
            sb.Append(text, position, start - position);
            sb.Append(Stringify(TemplateExpression.Evaluate(text[(start + 2)..close], scope)));
            position = close + 1;
            start = text.IndexOf("${", position, StringComparison.Ordinal);
        }
        sb.Append(text, position, text.Length - position);
        return JsonValue.Create(sb.ToString());
    }

    private static int FindClose(string text, int from)
    {
        var quote = '\0';
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '\'' or '"') quote = c;
            else if (c == '}') return i;
        }
        return -1;
    }

    private static JsonNode? Evaluate(JsonNode? node, BindingScope scope) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is var s
            && s.StartsWith("${", StringComparison.Ordinal) && s.EndsWith('}')
            ? TemplateExpression.Evaluate(s[2..^1], scope)
            : node;

    internal static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject => true,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined => false,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.Number => v.GetValue<double>() != 0,
            _ => true,
        },
        _ => true,
    };

    internal static string Stringify(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
