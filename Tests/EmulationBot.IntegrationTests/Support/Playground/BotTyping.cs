namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>The bot's "typing…" indicator in a conversation.</summary>
public sealed record BotTyping(int Sequence, string? ConversationId, long Timestamp) : PlaygroundEvent(Sequence, ConversationId, Timestamp)
{
    public override string ToString() => $"[typing] in {ConversationId}";
}
