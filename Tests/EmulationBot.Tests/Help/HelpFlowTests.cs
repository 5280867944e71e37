using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Help;

public class HelpFlowTests
{
    [Theory]
    [InlineData("trợ giúp")]
    [InlineData("tro giup")]
    [InlineData("TRỢ GIÚP!")]
    [InlineData("help")]
    [InlineData("?")]
    public async Task Help_AnyWording_SendsHelpCard(string text)
    {
        await using var bot = TestBot.Create();
        var replies = await bot.SendTextAsync(text);
        var card = Assert.Single(replies).Card();
        Assert.NotNull(card);
        Assert.Contains(text == "help" ? "How can I help?" : "Tôi có thể giúp gì?", replies.AllText());
    }

    [Fact]
    public async Task Gibberish_IsAnsweredPolitelyWithSuggestions()
    {
        await using var bot = TestBot.Create();
        var replies = await bot.SendTextAsync("xyzzy qwf plugh");
        var reply = Assert.Single(replies);
        Assert.Contains("Xin lỗi, tôi chưa hiểu", reply.Text);
        Assert.NotNull(reply.SuggestedActions);
        Assert.NotEmpty(reply.SuggestedActions!.Actions);
    }

    [Fact]
    public async Task Install_SendsWelcomeCardOnce_InVietnamese()
    {
        await using var bot = TestBot.Create();
        var first = await bot.InstallAsync();
        Assert.Contains("Xin chào An!", first.AllText());
        Assert.NotNull(Assert.Single(first).Card());
        var again = await bot.InstallAsync();
        Assert.Empty(again);
    }

    [Fact]
    public async Task Install_WithoutAName_GreetsByTheRosterName_AndKeepsTheEmail()
    {
        await using var bot = TestBot.Create();
        var install = TestUser.Default.Activity(EmulationBot.Protocol.ActivityTypes.InstallationUpdate);
        install.Action = "add";
        install.From!.Name = null;
        var (_, replies) = await bot.ProcessAsync(install);
        Assert.Contains("Xin chào Bình!", replies.AllText());
        var state = await EmulationBot.Storage.StorageJson.ReadAsync<EmulationBot.Conversation.UserState>(
            bot.Storage, EmulationBot.Conversation.SessionStore.UserKey("msteams", TestUser.Default.Id));
        Assert.Equal("binh@sokhcn.example.gov.vn", state!.Value.UserPrincipalName);
    }

    [Fact]
    public async Task Install_WhenTheRosterLookupFails_StillWelcomes()
    {
        await using var bot = TestBot.Create();
        bot.Connector.Members = _ => throw new EmulationBot.Protocol.Connector.ConnectorException(404, "NotFound", "no member");
        var install = TestUser.Default.Activity(EmulationBot.Protocol.ActivityTypes.InstallationUpdate);
        install.Action = "add";
        install.From!.Name = null;
        var (_, replies) = await bot.ProcessAsync(install);
        Assert.Contains("Xin chào!", replies.AllText());
    }

    [Fact]
    public async Task LanguageChoice_IsKeptAcrossRestart()
    {
        var bot = TestBot.Create();
        await bot.SendTextAsync("English");
        bot = await bot.RestartAsync();
        var replies = await bot.SendTextAsync("tro giup");
        Assert.Contains("How can I help?", replies.AllText());
        await bot.DisposeAsync();
    }
}
