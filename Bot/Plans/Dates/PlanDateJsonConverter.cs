using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationBot.Plans.Dates;

/// <summary>Writes a <see cref="PlanDate"/> as its ISO text and reads it back.</summary>
public sealed class PlanDateJsonConverter : JsonConverter<PlanDate>
{
    public override PlanDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return PlanDate.TryParseIso(text, out var date) ? date : throw new JsonException($"'{text}' is not a plan date.");
    }

    public override void Write(Utf8JsonWriter writer, PlanDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToIso());
}
