using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Cards;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Conversation;

/// <summary>Fills a card template with a feature's data and the texts of the user's language (<c>${t.…}</c>).</summary>
public sealed class CardFactory(Strings strings)
{
    public JsonElement Bind(string template, Language language, JsonObject? data = null)
    {
        var root = data ?? [];
        root["t"] = strings.Tree(language).DeepClone();
        root["lang"] = language.Code();
        return CardTemplate.Get(template).Bind(root);
    }

    public Activity Message(string template, Language language, JsonObject? data = null) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.AdaptiveCard(Bind(template, language, data))],
    };

    /// <summary>Any value as a JSON node for template data (records, lists, strings).</summary>
    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Storage.StorageJson.Options);
}
