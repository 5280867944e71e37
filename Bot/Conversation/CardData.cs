using System.Text.Json;

namespace EmulationBot.Conversation;

/// <summary>
/// The data a card button sent back (Action.Submit value or Action.Execute data): the bot's routing fields
/// (<c>command</c>, <c>dialog</c>, <c>card</c>) plus the form's inputs. Never trusted for identity or scope.
/// </summary>
public sealed class CardData(JsonElement raw)
{
    public JsonElement Raw { get; } = raw;

    public string? Command => GetString("command");

    /// <summary>The dialog the card belongs to.</summary>
    public string? Dialog => GetString("dialog");

    /// <summary>The card's sequence number in its conversation; an old number means a stale card.</summary>
    public int? CardNumber => Raw.TryGetProperty("card", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    public string? Action => GetString("action");

    public string? GetString(string name)
    {
        if (!Raw.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    public static CardData? From(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } obj ? new CardData(obj) : null;
}
