using System.Text.Json.Serialization;

namespace EmulationBot.Conversation;

/// <summary>Source-generated serialisation of the turn-state documents (the hot path of every turn).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(UserState))]
[JsonSerializable(typeof(GroupConversationState))]
internal sealed partial class StateJson : JsonSerializerContext;
