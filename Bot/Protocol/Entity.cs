using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationBot.Protocol;

/// <summary>An entity attached to an activity (mention, clientInfo, …); untyped fields are kept as JSON.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public const string MentionType = "mention";

    /// <summary>For a mention entity: the mentioned account id, and the text that shows it (<c>&lt;at&gt;Name&lt;/at&gt;</c>).</summary>
    public (string? MentionedId, string? MentionedName, string? Text) AsMention()
    {
        string? id = null, name = null, text = null;
        if (Properties is null) return (null, null, null);
        if (Properties.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object)
        {
            if (mentioned.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String) id = i.GetString();
            if (mentioned.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) name = n.GetString();
        }
        if (Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String) text = t.GetString();
        return (id, name, text);
    }
}
