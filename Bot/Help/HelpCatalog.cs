using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;

namespace EmulationBot.Help;

/// <summary>The help topics of all features, in order, as card data.</summary>
public sealed class HelpCatalog(IEnumerable<HelpTopic> topics, Strings strings)
{
    private readonly HelpTopic[] _entries = topics.OrderBy(t => t.Order).ToArray();

    public JsonArray Topics(Language language, int? take = null)
    {
        var topics = new JsonArray();
        foreach (var entry in take is { } n ? _entries.Take(n) : _entries)
        {
            topics.Add(new JsonObject
            {
                ["command"] = entry.Command,
                ["title"] = strings.Get(language, entry.TitleKey),
                ["description"] = strings.Get(language, entry.DescriptionKey),
                ["example"] = strings.Get(language, entry.ExampleKey),
            });
        }
        return topics;
    }

    /// <summary>The button that switches to the other language ("English" on a Vietnamese card, "Tiếng Việt" on an English one).</summary>
    public JsonObject OtherLanguageButton(Language language) => new()
    {
        ["title"] = language == Language.English ? "Tiếng Việt" : "English",
        ["language"] = language == Language.English ? "vi" : "en",
    };
}
