using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EmulationBot.Conversation;
using EmulationBot.IntegrationTests.Support;
using EmulationBot.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting.Internal;

namespace EmulationBot.IntegrationTests.Manifest;

public partial class ManifestContentTests
{
    private static readonly JsonObject Manifest = ReadJson("manifest.json");
    private static readonly JsonObject English = ReadJson("en-US.json");

    [Fact]
    public void Manifest_Schema130_VietnameseDefaultWithEnglishFile()
    {
        Assert.Equal("1.30", (string?)Manifest["manifestVersion"]);
        Assert.EndsWith("/teams/v1.30/MicrosoftTeams.schema.json", (string?)Manifest["$schema"]);
        Assert.Equal("vi-VN", (string?)Manifest["localizationInfo"]!["defaultLanguageTag"]);
        var english = Assert.Single(Manifest["localizationInfo"]!["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en-US", (string?)english["languageTag"]);
        Assert.Equal("en-US.json", (string?)english["file"]);
        Assert.Equal("Trợ lý thi đua", (string?)Manifest["name"]!["short"]);
    }

    [Fact]
    public void Manifest_CommitsNoBotIdOrDomain_OnlyPlaceholders()
    {
        Assert.Equal("${{BOT_ID}}", (string?)Manifest["bots"]![0]!["botId"]);
        Assert.Equal(["${{BOT_DOMAIN}}"], Manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        foreach (var file in new[] { "manifest.json", "en-US.json" })
        {
            Assert.DoesNotMatch(Guid(), File.ReadAllText(Path.Combine(ManifestTools.Folder, file)));
        }
    }

    [Fact]
    public void Bot_PersonalTeamAndGroupChat_EachHaveTheFiveCommands()
    {
        var bot = Manifest["bots"]![0]!;
        string[] scopes = ["personal", "team", "groupChat"];
        Assert.Equal(scopes, bot["scopes"]!.AsArray().Select(s => (string?)s));
        var list = Assert.Single(bot["commandLists"]!.AsArray())!;
        Assert.Equal(scopes, list["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(5, list["commands"]!.AsArray().Count);
    }

    // The menu sends the command's title as the message, so each title must contain what the bot matches.
    [Theory]
    [InlineData(0, "dang ky", "register")]
    [InlineData(1, "nop bao cao", "report")]
    [InlineData(2, "han sap toi", "deadlines")]
    [InlineData(3, "hoi ve ke hoach", "ask")]
    [InlineData(4, "tro giup", "help")]
    public void CommandTitles_BothLanguages_ContainWordsTheBotMatches(int index, string vietnamese, string english)
    {
        var title = (string)Manifest["bots"]![0]!["commandLists"]![0]!["commands"]![index]!["title"]!;
        var englishTitle = (string)English[$"bots[0].commandLists[0].commands[{index}].title"]!;

        Assert.True(new Utterance(title).Contains(vietnamese), $"\"{title}\" does not contain \"{vietnamese}\"");
        Assert.True(new Utterance(englishTitle).Contains(english), $"\"{englishTitle}\" does not contain \"{english}\"");
    }

    [Theory]
    [InlineData(0, "register")]
    [InlineData(1, "report")]
    [InlineData(2, "deadlines")]
    public void FlowCommandTitles_BothLanguages_AreRoutedToTheirCommands(int index, string command)
    {
        using var services = BotServices();
        var router = services.GetRequiredService<TurnRouter>();

        Assert.Equal(command, router.FindCommand(new Utterance((string?)Manifest["bots"]![0]!["commandLists"]![0]!["commands"]![index]!["title"]))?.Name);
        Assert.Equal(command, router.FindCommand(new Utterance((string?)English[$"bots[0].commandLists[0].commands[{index}].title"]))?.Name);
    }

    [Fact]
    public void Bot_SupportsFiles_SoThatReportsCanCarryThem() => Assert.True((bool?)Manifest["bots"]![0]!["supportsFiles"]);

    [Fact]
    public void HelpCommandTitles_BothLanguages_AreRoutedToHelp()
    {
        using var services = BotServices();
        var router = services.GetRequiredService<TurnRouter>();

        Assert.Equal("help", router.FindCommand(new Utterance((string?)Manifest["bots"]![0]!["commandLists"]![0]!["commands"]![4]!["title"]))?.Name);
        Assert.Equal("help", router.FindCommand(new Utterance((string?)English["bots[0].commandLists[0].commands[4].title"]))?.Name);
    }

    [Fact]
    public async Task Icons_Committed_AreWhatTheGeneratorDraws()
    {
        var (exitCode, output) = await ManifestTools.RunToolAsync("make-icons.mjs", "--check");

        Assert.True(exitCode == 0, output);
        Assert.Contains("color.png: matches the generator", output);
        Assert.Contains("outline.png: matches the generator", output);
    }

    private static JsonObject ReadJson(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestTools.Folder, name)))!.AsObject();

    private static ServiceProvider BotServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Kind"] = "Memory" })
            .Build();
        var environment = new HostingEnvironment
        {
            EnvironmentName = "Development",
            ApplicationName = "EmulationBot",
            ContentRootPath = RepoPaths.Root,
            ContentRootFileProvider = new NullFileProvider(),
        };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEmulationBot(configuration, environment);
        return services.BuildServiceProvider();
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
