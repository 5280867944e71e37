using EmulationBot.IntegrationTests.Support.Cards;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Playground;

/// <summary>Installing the app: a bot and Playground of its own, because the welcome comes once per user.</summary>
public sealed class PlaygroundWelcomeTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Install_PersonalChat_SendsOneVietnameseWelcomeCard()
    {
        await using var user = await fixture.ConnectAsync();

        var turns = await user.InstallAsync();

        Assert.Equal(["installationUpdate", "conversationUpdate"], turns.Select(t => t.ActivityName));
        Assert.All(turns, t => Assert.Equal(200, t.StatusCode));
        var welcome = await user.ExpectCardAsync("Trợ lý thi đua", user.PersonalChat);
        Assert.StartsWith("Xin chào", welcome.Card!.Value.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.Contains("Tôi giúp bạn đăng ký thi đua", welcome.AllText);
        Assert.Contains("Gõ «trợ giúp»", welcome.AllText);
        Assert.Single(user.MessagesSinceLastAction); // installationUpdate and conversationUpdate greet once, not twice
        await CardValidator.AssertValidAsync(user.Cards);
    }
}
