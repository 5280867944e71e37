using EmulationBot.IntegrationTests.Support.Cards;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>
/// A test class that talks to the bot through the Playground with one client per test, and at the end of each test
/// validates every card the bot sent to it with the official Adaptive Cards parser.
/// </summary>
public abstract class PlaygroundConversationTests(PlaygroundFixture fixture) : IAsyncLifetime
{
    protected PlaygroundClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await fixture.ConnectAsync();

    public async Task DisposeAsync()
    {
        try
        {
            if (Client.Cards.Count > 0) await CardValidator.AssertValidAsync(Client.Cards);
        }
        finally
        {
            await Client.DisposeAsync();
        }
    }
}
