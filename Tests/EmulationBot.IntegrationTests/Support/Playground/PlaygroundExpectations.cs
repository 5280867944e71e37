using System.Text.Json;
using System.Text.RegularExpressions;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>The usual waits: a bot message with some text, matching a pattern, or carrying an Adaptive Card.</summary>
public static class PlaygroundExpectations
{
    /// <summary>A message whose text, card strings or suggested actions contain <paramref name="text"/>.</summary>
    public static Task<BotMessage> ExpectTextAsync(this PlaygroundClient client, string text, PlaygroundChat? chat = null, TimeSpan? timeout = null) =>
        client.ExpectMessageAsync(m => m.AllText.Contains(text, StringComparison.Ordinal), $"containing \"{text}\"", chat, timeout);

    public static Task<BotMessage> ExpectMatchAsync(this PlaygroundClient client, Regex pattern, PlaygroundChat? chat = null, TimeSpan? timeout = null) =>
        client.ExpectMessageAsync(m => pattern.IsMatch(m.AllText), $"matching /{pattern}/", chat, timeout);

    /// <summary>A message with an Adaptive Card whose strings contain <paramref name="text"/>.</summary>
    public static Task<BotMessage> ExpectCardAsync(this PlaygroundClient client, string text, PlaygroundChat? chat = null, TimeSpan? timeout = null) =>
        client.ExpectMessageAsync(m => m.Cards.Count > 0 && m.AllText.Contains(text, StringComparison.Ordinal), $"with a card containing \"{text}\"", chat, timeout);

    public static Task<BotMessage> ExpectCardAsync(this PlaygroundClient client, Func<JsonElement, bool> match, string description,
        PlaygroundChat? chat = null, TimeSpan? timeout = null) =>
        client.ExpectMessageAsync(m => m.Cards.Any(match), $"with a card {description}", chat, timeout);
}
