namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>Something seen on the Playground's websockets, numbered in arrival order.</summary>
public abstract record PlaygroundEvent(int Sequence, string? ConversationId, long Timestamp);
