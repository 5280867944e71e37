using System.Text.Json.Serialization;

namespace EmulationBot.IntegrationTests.Support.Cards;

/// <summary>What the official Adaptive Cards parser and the Teams rules said about one card.</summary>
public sealed record CardValidationResult(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("bytes")] int Bytes,
    [property: JsonPropertyName("errors")] IReadOnlyList<CardIssue> Errors,
    [property: JsonPropertyName("warnings")] IReadOnlyList<CardIssue> Warnings)
{
    public bool IsClean => Errors.Count == 0 && Warnings.Count == 0;

    public IEnumerable<CardIssue> Issues => Errors.Concat(Warnings);

    public override string ToString() =>
        IsClean ? $"{Name}: clean ({Bytes} bytes)"
            : $"{Name}:\n" + string.Join('\n', Errors.Select(e => $"  error   {e}").Concat(Warnings.Select(w => $"  warning {w}")));
}
