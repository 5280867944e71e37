using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationBot.Cards;

/// <summary>
/// An Adaptive Card template (a JSON file under Cards/Templates, editable in the Adaptive Cards designer) and
/// its binding to data. Supports the part of Adaptive Card Templating the bot uses: <c>${expression}</c> in
/// strings, <c>$data</c> to repeat an element over an array, and <c>$when</c> to drop an element.
/// </summary>
/// <remarks>
/// Binding works on the parsed JSON tree and writes values as JSON values, never by splicing text, so a value
/// from a user (quotes, braces, "${…}", newlines) cannot break the card or add elements to it.
/// </remarks>
public sealed class CardTemplate
{
    private static readonly ConcurrentDictionary<string, CardTemplate> Cache = new(StringComparer.Ordinal);
    private readonly JsonNode _root;

    private CardTemplate(string name, JsonNode root)
    {
        Name = name;
        _root = root;
    }

    public string Name { get; }

    /// <summary>The names of every template shipped with the bot.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(CardTemplate).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    private const string ResourcePrefix = "EmulationBot.Cards.Templates.";

    public static CardTemplate Get(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>A template from JSON text (tests, and templates that are built at run time).</summary>
    public static CardTemplate Parse(string name, string json) =>
        new(name, JsonNode.Parse(json) ?? throw new ArgumentException($"Card template '{name}' is empty."));

    /// <summary>
    /// Binds the template to <paramref name="data"/> and returns the card JSON. Names missing from the data's root
    /// resolve in <paramref name="shared"/>, which is only read (so one instance can serve every binding).
    /// </summary>
    public JsonElement Bind(JsonNode? data, JsonObject? shared = null)
    {
        var bound = TemplateBinder.Bind(_root, new BindingScope(data, data, 0, shared));
        return JsonSerializer.SerializeToElement(bound, CardsJson.Default.JsonNode);
    }

    private static CardTemplate Load(string name)
    {
        using var stream = typeof(CardTemplate).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".json")
            ?? throw new ArgumentException($"There is no card template named '{name}'.", nameof(name));
        return new CardTemplate(name, JsonNode.Parse(stream) ?? throw new InvalidDataException($"Card template '{name}' is empty."));
    }
}
