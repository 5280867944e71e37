using System.Text.Json.Nodes;
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

    /// <summary>
    /// Sends a file as the Teams client does: a message whose attachment carries a pre-authorised download link; the
    /// file type is the name's extension.
    /// </summary>
    protected async Task SendFileAsync(string name, Uri url)
    {
        var activity = await Client.GetActivityTemplateAsync("install");
        foreach (var field in (string[])["action", "membersAdded", "membersRemoved", "name", "value", "text"]) activity.Remove(field);
        activity["type"] = "message";
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = url.ToString(), ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        });
        var turn = await Client.SendActivityAsync(activity);
        Assert.Equal(200, turn.StatusCode);
    }
}
