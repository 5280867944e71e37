using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationBot.IntegrationTests.Support.Cards;

/// <summary>
/// Checks Adaptive Cards with Tests/node/validate-cards.mjs: the official parser (npm adaptivecards@3.0.6: parse
/// events and the card's own validation) and what Teams needs (version 1.5 at most, Action.Execute with a verb,
/// inputs with ids, a size well under Teams' message limit).
/// </summary>
public static class CardValidator
{
    public static string Script => Path.Combine(RepoPaths.NodeTools, "validate-cards.mjs");

    public static async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(IEnumerable<(string Name, JsonElement Card)> cards)
    {
        var input = new JsonArray([.. cards.Select(c => new JsonObject { ["name"] = c.Name, ["card"] = JsonNode.Parse(c.Card.GetRawText()) })]);
        if (input.Count == 0) return [];
        await NodeTools.EnsureInstalledAsync();
        var (exitCode, output) = await NodeTools.RunAsync("node", [Script], RepoPaths.NodeTools, TimeSpan.FromMinutes(2), stdin: input.ToJsonString());
        var json = output.Split('\n').FirstOrDefault(line => line.StartsWith('{'));
        if (exitCode is not (0 or 1) || json is null) throw new InvalidOperationException($"validate-cards.mjs failed (exit {exitCode}):\n{output}");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("cards").Deserialize<CardValidationResult[]>()
               ?? throw new InvalidOperationException("validate-cards.mjs returned no results.");
    }

    public static async Task<CardValidationResult> ValidateAsync(JsonElement card, string name = "card") =>
        (await ValidateAsync([(name, card)])).Single();

    /// <summary>Fails the test unless there is at least one card and every card has no error and no warning.</summary>
    public static async Task AssertValidAsync(IEnumerable<(string Name, JsonElement Card)> cards)
    {
        var list = cards.ToList();
        Assert.True(list.Count > 0, "There are no cards to validate.");
        var results = await ValidateAsync(list);
        var bad = results.Where(r => !r.IsClean).ToList();
        if (bad.Count > 0) Assert.Fail($"{bad.Count} of {results.Count} card(s) have issues:\n{string.Join('\n', bad)}");
    }
}
