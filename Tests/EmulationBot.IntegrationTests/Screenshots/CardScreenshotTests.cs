using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Cards;
using EmulationBot.IntegrationTests.Support;
using EmulationBot.IntegrationTests.Support.Cards;
using EmulationBot.IntegrationTests.Support.Playground;
using EmulationBot.IntegrationTests.Support.Screenshots;

namespace EmulationBot.IntegrationTests.Screenshots;

/// <summary>
/// Cards as the Playground's web UI draws them, at desktop size and at a phone's width, saved under
/// artifacts/screenshots/ for people to look at; the browser also reports any text that does not fit.
/// </summary>
public sealed class CardScreenshotTests(PlaygroundBrowserFixture fixture) : IClassFixture<PlaygroundBrowserFixture>
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task WelcomeAndHelpCards_FromTheBot_FitAPhoneScreen()
    {
        await using var user = await fixture.ConnectAsync();

        await user.InstallAsync();
        await user.ExpectCardAsync("Trợ lý thi đua");
        var welcome = await fixture.Browser.ScreenshotCardAsync("Trợ lý thi đua", "welcome");
        await user.SendTextAsync("trợ giúp");
        await user.ExpectCardAsync("Tôi có thể giúp gì?");
        var help = await fixture.Browser.ScreenshotCardAsync("Tôi có thể giúp gì?", "help");

        AssertFitsAPhone(welcome);
        AssertFitsAPhone(help);
        await CardValidator.AssertValidAsync(user.Cards);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task TemplateSample_PreviewedInThePlayground_FitsAPhoneScreen(string template)
    {
        await using var user = await fixture.ConnectAsync();
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "Cards", "Samples", $"{template}.data.json")));
        var card = CardTemplate.Get(template).Bind(sample);
        var firstText = FirstText(card);

        await user.PostCardAsBotAsync(card);
        await user.ExpectCardAsync(firstText);
        var shot = await fixture.Browser.ScreenshotCardAsync(firstText, $"sample-{template}");

        AssertFitsAPhone(shot);
    }

    public static TheoryData<string> Templates => [.. CardTemplate.All];

    private static void AssertFitsAPhone(CardScreenshot shot)
    {
        Assert.Equal(PhoneWidth, PngFile.Size(shot.PhoneFile).Width);
        Assert.True(PngFile.Size(shot.DesktopFile).Width >= 1000, "The desktop screenshot is not desktop-sized.");
        Assert.Empty(shot.PhoneOverflow);
        Assert.NotEmpty(shot.Fonts);
    }

    private static string FirstText(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().First(e => e.GetProperty("type").GetString() == "TextBlock").GetProperty("text").GetString()!;
}
