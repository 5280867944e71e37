using System.Net.Http.Json;
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
        // The Playground reports the 501 and then a warning that the invoke is not implemented; the driver fails on
        // the first. Both must arrive before they are acknowledged, or the late one would fail the next action.
        await user.Events.WaitForAsync(events => events.OfType<PlaygroundLogEntry>().FirstOrDefault(e => e.Level == "warning"),
            TimeSpan.FromSeconds(10), () => "The Playground's warning about the unknown invoke did not arrive.");

        Assert.Contains("HTTP 501", error.Message);
        var acknowledged = user.AcknowledgeErrors();
        Assert.Equal(2, acknowledged.Count);
        Assert.Contains(acknowledged, e => e.StatusCode == 501);
        Assert.Contains(acknowledged, e => e.ToString().Contains("emulationbot/unknown", StringComparison.Ordinal));
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

    [Fact]
    public async Task ThrowIfErrors_PlaygroundRefusedAPostFromTheBot_Throws()
    {
        await using var user = await fixture.ConnectAsync();
        using var http = new HttpClient { BaseAddress = fixture.Playground.BaseUri };
        var chat = Uri.EscapeDataString(user.PersonalChat.Id);
        var notAllowed = new JsonObject { ["type"] = "event", ["name"] = "x", ["from"] = new JsonObject { ["id"] = user.Config.Bot.Id } };

        using var response = await http.PostAsJsonAsync($"_connector/v3/conversations/{chat}/activities", notAllowed);

        Assert.Equal(400, (int)response.StatusCode);
        await user.Events.WaitForAsync(events => events.OfType<PlaygroundLogEntry>().FirstOrDefault(e => e.IsError), TimeSpan.FromSeconds(10), () => "no error was logged");
        var error = Assert.Throws<PlaygroundErrorException>(user.ThrowIfErrors);
        Assert.Contains("refused", error.Message);
        user.AcknowledgeErrors();
    }
}
