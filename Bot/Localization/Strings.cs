using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationBot.Localization;

/// <summary>
/// The bot's user-facing text in Vietnamese and English, from the <c>Strings.vi.json</c> / <c>Strings.en.json</c>
/// files each feature folder carries (embedded resources). Keys are the JSON paths, e.g. "help.title".
/// </summary>
public sealed class Strings
{
    private readonly FrozenDictionary<string, string> _vi;
    private readonly FrozenDictionary<string, string> _en;
    private readonly JsonObject _viTree;
    private readonly JsonObject _enTree;

    public Strings() : this([typeof(Strings).Assembly]) { }

    /// <summary>Texts from several assemblies (tests add their own to the bot's).</summary>
    public Strings(params Assembly[] assemblies)
    {
        (_viTree, _vi) = Load(assemblies, "vi");
        (_enTree, _en) = Load(assemblies, "en");
    }

    public IReadOnlyCollection<string> Keys(Language language) => (language == Language.English ? _en : _vi).Keys;

    /// <summary>The text for <paramref name="key"/>, formatted with <paramref name="args"/> in the language's culture.</summary>
    public string Get(Language language, string key, params object?[] args)
    {
        var table = language == Language.English ? _en : _vi;
        if (!table.TryGetValue(key, out var text) && !_vi.TryGetValue(key, out text))
        {
            throw new KeyNotFoundException($"No text for '{key}'.");
        }
        return args.Length == 0 ? text : string.Format(language.Culture(), text, args);
    }

    /// <summary>The text for <paramref name="key"/>, or null when no language has it.</summary>
    public string? Find(Language language, string key) =>
        (language == Language.English ? _en : _vi).GetValueOrDefault(key) ?? _vi.GetValueOrDefault(key);

    /// <summary>All texts as a JSON tree, for card templates to use as <c>${t.help.title}</c>.</summary>
    public JsonObject Tree(Language language) => language == Language.English ? _enTree : _viTree;

    private static (JsonObject Tree, FrozenDictionary<string, string> Flat) Load(Assembly[] assemblies, string code)
    {
        var tree = new JsonObject();
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        var suffix = $".Strings.{code}.json";
        foreach (var (assembly, name) in assemblies.SelectMany(a => a.GetManifestResourceNames()
                     .Where(n => n.EndsWith(suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(n => (a, n))))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var node = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })?.AsObject()
                       ?? throw new InvalidDataException($"{name} is empty.");
            Merge(tree, node, "", flat, name);
        }
        return (tree, flat.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void Merge(JsonObject target, JsonObject source, string prefix, Dictionary<string, string> flat, string file)
    {
        foreach (var (key, value) in source.ToArray())
        {
            var path = prefix + key;
            if (value is JsonObject child)
            {
                if (target[key] is not JsonObject existing)
                {
                    existing = new JsonObject();
                    target[key] = existing;
                }
                Merge(existing, child, path + ".", flat, file);
            }
            else
            {
                var text = value?.GetValue<string>() ?? "";
                if (!flat.TryAdd(path, text)) throw new InvalidDataException($"Text '{path}' is defined twice ({file}).");
                target[key] = text;
            }
        }
    }
}
