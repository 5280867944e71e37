using System.Text.Json.Nodes;

namespace EmulationBot.Cards;

/// <summary>
/// What a template expression can see: the current data (<c>$data</c>), the root (<c>$root</c>), <c>$index</c>, and
/// shared read-only values (such as the localised texts <c>t</c>) that names not found at the root resolve to —
/// shared so that each binding does not have to copy them into its data.
/// </summary>
internal sealed record BindingScope(JsonNode? Data, JsonNode? Root, int Index, JsonObject? Shared = null);
