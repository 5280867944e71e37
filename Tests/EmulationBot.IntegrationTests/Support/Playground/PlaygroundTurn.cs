namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>An activity the Playground delivered to the bot, and the bot's HTTP answer to it (the turn is over).</summary>
public sealed record PlaygroundTurn(string ActivityName, string? ConversationId, int StatusCode, PlaygroundLogEntry Log);
