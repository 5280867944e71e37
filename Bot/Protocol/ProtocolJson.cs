using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationBot.Protocol;

/// <summary>Source-generated System.Text.Json metadata for the wire types: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(TeamsChannelAccount))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(InvokeBody))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(ConnectorError))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class ProtocolJson : JsonSerializerContext
{
    /// <summary>
    /// The instance used on the wire: like <see cref="JsonSerializerContext"/>'s Default, but writing Vietnamese
    /// letters as themselves instead of \u escapes (smaller messages, readable logs).
    /// </summary>
    public static ProtocolJson Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        MaxDepth = 64,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>The body of a 200 answer to a request sent with <c>deliveryMode: expectReplies</c>.</summary>
public sealed record ExpectedReplies(List<Activity> Activities);
