using System.Text.Json.Nodes;

namespace EmulationBot.Cards;

/// <summary>What a template expression can see: the current data (<c>$data</c>), the root (<c>$root</c>) and <c>$index</c>.</summary>
internal sealed record BindingScope(JsonNode? Data, JsonNode? Root, int Index);
