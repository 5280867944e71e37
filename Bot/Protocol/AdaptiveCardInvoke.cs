using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationBot.Protocol;

/// <summary>The value of an <c>adaptiveCard/action</c> invoke, sent when a user presses an Action.Execute button.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public const string InvokeName = "adaptiveCard/action";

    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The Action.Execute that was pressed: its verb and data merged with the card's inputs.</summary>
public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonElement? Data { get; set; }
}

/// <summary>Builds the invoke response bodies that Teams understands for Action.Execute.</summary>
public static class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replace the card that was clicked by <paramref name="card"/> (update in place).</summary>
    public static InvokeResponse Card(JsonElement card) => Build(200, CardType, card);

    /// <summary>Show a short text to the user who clicked, keeping the card.</summary>
    public static InvokeResponse Message(string text) =>
        Build(200, MessageType, JsonSerializer.SerializeToElement(text, ProtocolJson.Wire.String));

    public static InvokeResponse Error(int status, string code, string message)
    {
        var value = JsonSerializer.SerializeToElement(new InvokeError(code, message), ProtocolJson.Wire.InvokeError);
        return Build(status, ErrorType, value);
    }

    private static InvokeResponse Build(int status, string type, JsonElement value)
    {
        var body = JsonSerializer.SerializeToElement(new InvokeBody(status, type, value), ProtocolJson.Wire.InvokeBody);
        // The HTTP status stays 200 for handled errors too: Teams reads statusCode from the body.
        return new InvokeResponse(200, body);
    }
}

public sealed record InvokeBody(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] JsonElement Value);

public sealed record InvokeError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
