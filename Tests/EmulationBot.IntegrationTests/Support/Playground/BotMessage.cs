using System.Text;
using System.Text.Json;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>A message the bot posted (or edited, <see cref="IsUpdate"/>) as the Playground shows it to the user.</summary>
public sealed record BotMessage(
    int Sequence, string? ConversationId, long Timestamp, bool IsUpdate, string MessageId, string? PostConversationId,
    string? Text, string? TextFormat, JsonElement Message) : PlaygroundEvent(Sequence, ConversationId, Timestamp)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The Adaptive Cards attached to the message.</summary>
    public IReadOnlyList<JsonElement> Cards => [.. Attachments()
        .Where(a => a.GetString("contentType") == AdaptiveCardType && a.TryGetProperty("content", out _))
        .Select(a => a.GetProperty("content"))];

    public JsonElement? Card => Cards.Count > 0 ? Cards[0] : null;

    public IReadOnlyList<(string Title, string? Value)> SuggestedActions =>
        Message.TryGetProperty("suggestedActions", out var s) && s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array
            ? [.. actions.EnumerateArray().Select(a => (StringOf(a, "title") ?? "", StringOf(a, "value")))]
            : [];

    /// <summary>The text plus every string in the attachments and the suggested actions: what a matcher searches.</summary>
    public string AllText
    {
        get
        {
            var sb = new StringBuilder(Text);
            foreach (var attachment in Attachments()) CollectStrings(attachment, sb);
            foreach (var (title, value) in SuggestedActions) sb.Append('\n').Append(title).Append('\n').Append(value);
            return sb.ToString();
        }
    }

    /// <summary>True when the message is in <paramref name="chat"/>, including replies in a channel post's thread.</summary>
    public bool IsIn(PlaygroundChat chat) =>
        ConversationId == chat.Id || PostConversationId == chat.Id || (ConversationId?.StartsWith(chat.Id + ";", StringComparison.Ordinal) ?? false);

    public override string ToString()
    {
        var text = AllText.ReplaceLineEndings(" ");
        return $"[{(IsUpdate ? "update" : "message")} {MessageId}{(Cards.Count > 0 ? ", card" : "")}] {(text.Length > 200 ? text[..200] + "…" : text)}";
    }

    private IEnumerable<JsonElement> Attachments() =>
        Message.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void CollectStrings(JsonElement element, StringBuilder sb)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: sb.Append('\n').Append(element.GetString()); break;
            case JsonValueKind.Object: foreach (var p in element.EnumerateObject()) CollectStrings(p.Value, sb); break;
            case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) CollectStrings(item, sb); break;
        }
    }
}
