using System.Text.Json;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>
/// An item of the Playground's log panel: one HTTP exchange between the Playground and the bot ("User
/// Application") with its status, or a message of the Playground itself.
/// </summary>
public sealed record PlaygroundLogEntry(
    int Sequence, string? ConversationId, long Timestamp, string? From, string? To, string? ActivityName,
    int? StatusCode, string? Level, string? DisplayText, JsonElement Log) : PlaygroundEvent(Sequence, ConversationId, Timestamp)
{
    public const string BotName = "User Application";

    /// <summary>An activity the Playground delivered to the bot; <see cref="StatusCode"/> is the bot's HTTP answer.</summary>
    public bool IsToBot => To == BotName;

    /// <summary>A call the bot made to the Playground's connector; <see cref="StatusCode"/> is the Playground's answer.</summary>
    public bool IsFromBot => From == BotName;

    /// <summary>The bot answered an activity with 4xx/5xx, the Playground refused what the bot posted, or it logged an error.</summary>
    public bool IsError => StatusCode >= 400 || Level is "error" or "warning";

    /// <summary>True for <paramref name="conversationId"/> and the threads of its channel posts.</summary>
    public bool IsIn(string conversationId) =>
        ConversationId == conversationId || (ConversationId?.StartsWith(conversationId + ";", StringComparison.Ordinal) ?? false);

    public JsonElement? RequestBody => Log.TryGetProperty("request", out var r) && r.ValueKind == JsonValueKind.Object && r.TryGetProperty("body", out var b) ? b : null;

    public JsonElement? ResponseBody => Log.TryGetProperty("response", out var r) && r.ValueKind == JsonValueKind.Object && r.TryGetProperty("body", out var b) ? b : null;

    public override string ToString()
    {
        var response = ResponseBody is { ValueKind: not JsonValueKind.Undefined } body ? body.GetRawText() : "";
        if (response.Length > 300) response = response[..300] + "…";
        return $"[log] {From} -> {To}: {ActivityName} {StatusCode} {Level} {DisplayText} {response}".Trim();
    }
}
