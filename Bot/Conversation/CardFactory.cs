using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Cards;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Conversation;

/// <summary>Fills a card template with a feature's data and the texts of the user's language (<c>${t.…}</c>).</summary>
public sealed class CardFactory(Strings strings)
{
    // The texts are shared by every binding (read, never copied): cards are bound on most turns.
    private readonly JsonObject _vietnamese = Shared(strings, Language.Vietnamese);
    private readonly JsonObject _english = Shared(strings, Language.English);

    public JsonElement Bind(string template, Language language, JsonObject? data = null) =>
        CardTemplate.Get(template).Bind(data ?? [], language == Language.English ? _english : _vietnamese);

    public Activity Message(string template, Language language, JsonObject? data = null) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.AdaptiveCard(Bind(template, language, data))],
    };

    private static JsonObject Shared(Strings strings, Language language) => new()
    {
        ["t"] = strings.Tree(language).DeepClone(),
        ["lang"] = language.Code(),
    };

    /// <summary>Any value as a JSON node for template data (records, lists, strings).</summary>
    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Storage.StorageJson.Options);
}
