using System.Text.Json.Nodes;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Playground;

/// <summary>The Playground driver itself: it must notice failures, not only successes.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundClientTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task SendActivity_BotAnswersWithAnError_FailsTheAction()
    {
        await using var user = await fixture.ConnectAsync();
        var invoke = await user.GetActivityTemplateAsync("install");
        invoke["type"] = "invoke";
        invoke["name"] = "emulationbot/unknown";
        invoke["value"] = new JsonObject();

        var error = await Assert.ThrowsAsync<PlaygroundErrorException>(() => user.SendActivityAsync(invoke));

        Assert.Contains("HTTP 501", error.Message);
        Assert.Single(user.AcknowledgeErrors());
        user.ThrowIfErrors();
    }

    [Fact]
    public async Task ExpectText_NothingMatches_TimesOutListingWhatArrived()
    {
        await using var user = await fixture.ConnectAsync();
        user.Timeout = TimeSpan.FromSeconds(2);
        await user.SendTextAsync("trợ giúp");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => user.ExpectTextAsync("a text the bot never says"));

        Assert.Contains("Tôi có thể giúp gì?", error.Message);
    }
}
