using EmulationBot.IntegrationTests.Support.Cards;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Playground;

/// <summary>
/// The bot as a Teams user meets it, through the real Agents Playground. The tests share one bot, so each
/// one sets up the language it needs (the bot answers in the language of the last message that told).
/// Every card the bot sends in a test is validated when the test ends.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundConversationTests(PlaygroundFixture fixture) : IAsyncLifetime
{
    private PlaygroundClient _user = null!;

    public async Task InitializeAsync() => _user = await fixture.ConnectAsync();

    /// <summary>Every card the bot sent during the test must pass the card checks too.</summary>
    public async Task DisposeAsync()
    {
        try
        {
            if (_user.Cards.Count > 0) await CardValidator.AssertValidAsync(_user.Cards);
        }
        finally
        {
            await _user.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("tro giup", "Tôi có thể giúp gì?")]
    [InlineData("trợ giúp", "Tôi có thể giúp gì?")]
    [InlineData("help", "How can I help?")]
    public async Task Help_TypedWithOrWithoutDiacritics_SendsHelpCardInThatLanguage(string text, string title)
    {
        var turn = await _user.SendTextAsync(text);

        Assert.Equal(200, turn.StatusCode);
        var help = await _user.ExpectCardAsync(title, _user.PersonalChat);
        Assert.Equal(title, help.Card!.Value.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Gibberish_AfterVietnamese_IsAnsweredPolitelyWithSuggestions()
    {
        await _user.SendTextAsync("trợ giúp");
        await _user.ExpectCardAsync("Tôi có thể giúp gì?");

        await _user.SendTextAsync("xyzzy qwf plugh");

        var reply = await _user.ExpectTextAsync("Xin lỗi, tôi chưa hiểu ý bạn", _user.PersonalChat);
        Assert.Contains(reply.SuggestedActions, a => a.Title == "Trợ giúp");
        Assert.DoesNotContain("Exception", reply.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Single(_user.MessagesSinceLastAction);
    }

    [Fact]
    public async Task Uninstall_IsAcceptedQuietly_AndTheBotStillAnswers()
    {
        var turn = await _user.SendMockActivityAsync("uninstall");

        Assert.Equal(200, turn.StatusCode);
        Assert.Empty(_user.MessagesSinceLastAction); // the turn is over: nothing was posted to a removed app
        await _user.SendTextAsync("tro giup");
        await _user.ExpectCardAsync("Tôi có thể giúp gì?");
    }

    [Fact]
    public async Task GroupChat_MentionWithHelp_SendsHelpCardToTheGroup()
    {
        var turn = await _user.SendTextAsync("tro giup", _user.GroupChat);

        Assert.Equal(200, turn.StatusCode);
        var help = await _user.ExpectCardAsync("Tôi có thể giúp gì?", _user.GroupChat);
        Assert.Equal(_user.GroupChat.Id, help.ConversationId);
    }

    [Fact]
    public async Task Channel_MentionWithHelp_RepliesInThePostThread()
    {
        var channel = _user.Channel();

        var turn = await _user.SendTextAsync("tro giup", channel);

        Assert.Equal(200, turn.StatusCode);
        var help = await _user.ExpectCardAsync("Tôi có thể giúp gì?", channel);
        Assert.StartsWith(channel.Id + ";messageid=", help.ConversationId);
    }

    [Fact]
    public async Task HelpCard_TopicPressed_RunsThatCommand()
    {
        await _user.SendTextAsync("trợ giúp");
        var help = await _user.ExpectCardAsync("Tôi có thể giúp gì?");

        await _user.SubmitAsync(help, new { command = "help" });

        await _user.ExpectCardAsync("Tôi có thể giúp gì?");
    }

    [Fact]
    public async Task CardAction_UnknownVerb_IsRefusedInTheInvokeResponse()
    {
        await _user.SendTextAsync("trợ giúp");
        var help = await _user.ExpectCardAsync("Tôi có thể giúp gì?");

        var result = await _user.ExecuteAsync(help, "no-such-verb", new { x = 1 });

        Assert.Equal(400, result.Status);
        Assert.Equal("application/vnd.microsoft.error", result.Type);
        Assert.Equal("UnknownAction", result.Value!.Value.GetProperty("code").GetString());
    }
}
