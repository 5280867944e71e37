using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationBot.Protocol;

/// <summary>Quick replies shown under a message (Teams: personal chats only, <c>imBack</c> only).</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>A button on a suggested action or hero card.</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string? Title { get; set; }
    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static CardAction ImBack(string title, string? value = null) =>
        new() { Type = "imBack", Title = title, Value = JsonSerializer.SerializeToElement(value ?? title, ProtocolJson.Wire.String) };
}
