using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationBot.Cards;

/// <summary>
/// Evaluates the small expression language of the templates: paths (<c>a.b[0]</c>, <c>$root.x</c>, <c>$index</c>),
/// string/number/boolean literals, <c>!</c>, <c>== != &lt; &gt; &lt;= &gt;=</c>, <c>&amp;&amp;</c>, <c>||</c>,
/// parentheses and <c>count(x)</c>. Unknown paths evaluate to null; a malformed expression is a template bug.
/// </summary>
internal sealed class TemplateExpression
{
    private readonly string _text;
    private readonly BindingScope _scope;
    private int _pos;

    private TemplateExpression(string text, BindingScope scope)
    {
        _text = text;
        _scope = scope;
    }

    public static JsonNode? Evaluate(string text, BindingScope scope)
    {
        var parser = new TemplateExpression(text, scope);
        var value = parser.Or();
        parser.SkipSpace();
        if (parser._pos != text.Length) throw parser.Error("unexpected text");
        return value;
    }

    private JsonNode? Or()
    {
        var left = And();
        while (Accept("||")) { var right = And(); left = JsonValue.Create(TemplateBinder.Truthy(left) || TemplateBinder.Truthy(right)); }
        return left;
    }

    private JsonNode? And()
    {
        var left = Unary();
        while (Accept("&&")) { var right = Unary(); left = JsonValue.Create(TemplateBinder.Truthy(left) && TemplateBinder.Truthy(right)); }
        return left;
    }

    private JsonNode? Unary() => Accept("!") ? JsonValue.Create(!TemplateBinder.Truthy(Unary())) : Comparison();

    private JsonNode? Comparison()
    {
        var left = Primary();
        foreach (var op in (string[])["==", "!=", ">=", "<=", ">", "<"])
        {
            if (!Accept(op)) continue;
            var right = Primary();
            return JsonValue.Create(op switch
            {
                "==" => JsonNode.DeepEquals(left, right),
                "!=" => !JsonNode.DeepEquals(left, right),
                _ => Compare(op, Number(left), Number(right)),
            });
        }
        return left;
    }

    private static bool Compare(string op, double a, double b) => op switch
    {
        ">=" => a >= b,
        "<=" => a <= b,
        ">" => a > b,
        _ => a < b,
    };

    private static double Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : double.NaN;

    private JsonNode? Primary()
    {
        SkipSpace();
        if (_pos >= _text.Length) throw Error("expression ends early");
        var c = _text[_pos];
        if (c == '(')
        {
            _pos++;
            var inner = Or();
            Expect(")");
            return inner;
        }
        if (c is '\'' or '"') return JsonValue.Create(ReadString(c));
        if (char.IsAsciiDigit(c) || (c == '-' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]))) return JsonValue.Create(ReadNumber());

        var name = ReadIdentifier();
        switch (name)
        {
            case "true": return JsonValue.Create(true);
            case "false": return JsonValue.Create(false);
            case "null": return null;
            case "count" when Peek('('):
                Expect("(");
                var arg = Or();
                Expect(")");
                return JsonValue.Create(arg switch { JsonArray a => a.Count, JsonObject o => o.Count, JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length, _ => 0 });
        }
        JsonNode? current = name switch
        {
            "$root" => _scope.Root,
            "$data" => _scope.Data,
            "$index" => JsonValue.Create(_scope.Index),
            _ => Member(_scope.Data, name) ?? (ReferenceEquals(_scope.Data, _scope.Root) ? Member(_scope.Shared, name) : null),
        };
        while (true)
        {
            if (Accept("."))
            {
                var member = ReadIdentifier();
                current = ReferenceEquals(current, _scope.Root) && name == "$root"
                    ? Member(current, member) ?? Member(_scope.Shared, member)
                    : Member(current, member);
                name = "";
            }
            else if (Accept("["))
            {
                var index = (int)ReadNumber();
                Expect("]");
                current = current is JsonArray a && index >= 0 && index < a.Count ? a[index] : null;
            }
            else return current;
        }
    }

    private static JsonNode? Member(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? value : null;

    private string ReadIdentifier()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '$')) _pos++;
        if (start == _pos) throw Error("a name was expected");
        return _text[start.._pos];
    }

    private string ReadString(char quote)
    {
        var end = _text.IndexOf(quote, _pos + 1);
        if (end < 0) throw Error("unterminated string");
        var value = _text[(_pos + 1)..end];
        _pos = end + 1;
        return value;
    }

    private double ReadNumber()
    {
        SkipSpace();
        var start = _pos;
        if (_pos < _text.Length && _text[_pos] == '-') _pos++;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
        return double.Parse(_text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private bool Accept(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) != 0) return false;
        // "!" must not swallow the first character of "!=".
        if (token == "!" && _pos + 1 < _text.Length && _text[_pos + 1] == '=') return false;
        _pos += token.Length;
        return true;
    }

    private bool Peek(char c)
    {
        SkipSpace();
        return _pos < _text.Length && _text[_pos] == c;
    }

    private void Expect(string token)
    {
        if (!Accept(token)) throw Error($"'{token}' expected");
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private FormatException Error(string what) => new($"Card template expression '{_text}': {what} at {_pos}.");
}
