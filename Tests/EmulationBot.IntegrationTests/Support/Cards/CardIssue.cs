using System.Text.Json.Serialization;

namespace EmulationBot.IntegrationTests.Support.Cards;

/// <summary>One problem with a card: the rule (e.g. "parser.InvalidPropertyValue", "teams.version") and what is wrong.</summary>
public sealed record CardIssue([property: JsonPropertyName("rule")] string Rule, [property: JsonPropertyName("message")] string Message)
{
    public override string ToString() => $"{Rule}: {Message}";
}
