using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EmulationBot.Cards;

[JsonSerializable(typeof(JsonNode))]
internal sealed partial class CardsJson : JsonSerializerContext;
