using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Cards;
using EmulationBot.Conversation;
using EmulationBot.IntegrationTests.Support;
using EmulationBot.IntegrationTests.Support.Cards;
using EmulationBot.Localization;

namespace EmulationBot.IntegrationTests.Cards;

/// <summary>
/// Every card template, bound to its designer sample data (Cards/Samples/&lt;name&gt;.data.json) and as the bot
/// binds it in each language, passes the official Adaptive Cards parser and the Teams rules without a warning.
/// </summary>
public sealed class CardTemplateValidationTests
{
    private static string TemplatesFolder => Path.Combine(RepoPaths.Root, "Cards", "Templates");

    private static string SamplesFolder => Path.Combine(RepoPaths.Root, "Cards", "Samples");

    public static TheoryData<string> Templates => [.. CardTemplate.All];

    public static TheoryData<string, string> TemplatesAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var template in CardTemplate.All) foreach (var language in (string[])["vi", "en"]) data.Add(template, language);
            return data;
        }
    }

    [Fact]
    public void Templates_OnDiskAndShipped_AreTheSame()
    {
        var onDisk = Directory.GetFiles(TemplatesFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, CardTemplate.All);
        Assert.NotEmpty(CardTemplate.All);
    }

    [Fact]
    public void EveryTemplate_HasSampleData_AndEverySampleATemplate()
    {
        var samples = Directory.GetFiles(SamplesFolder, "*.data.json").Select(f => Path.GetFileName(f)[..^".data.json".Length]).ToHashSet();

        Assert.Empty(CardTemplate.All.Where(t => !samples.Contains(t)).Select(t => $"Cards/Samples/{t}.data.json is missing"));
        Assert.Empty(samples.Where(s => !CardTemplate.All.Contains(s)).Select(s => $"Cards/Samples/{s}.data.json has no template"));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_BoundToItsSample_HasNoErrorsOrWarnings(string template)
    {
        var card = CardTemplate.Get(template).Bind(LoadSample(template));

        AssertFullyBound(card);
        await CardValidator.AssertValidAsync([($"{template} + sample", card)]);
    }

    [Theory]
    [MemberData(nameof(TemplatesAndLanguages))]
    public async Task Template_BoundByTheBot_HasNoErrorsOrWarnings(string template, string language)
    {
        var data = LoadSample(template);
        data.Remove("t"); // the bot supplies the real texts of the language
        var card = new CardFactory(new Strings()).Bind(template, LanguageExtensions.Parse(language)!.Value, data);

        AssertFullyBound(card);
        await CardValidator.AssertValidAsync([($"{template} ({language})", card)]);
    }

    private static JsonObject LoadSample(string template)
    {
        var path = Path.Combine(SamplesFolder, $"{template}.data.json");
        Assert.True(File.Exists(path), $"Card template '{template}' has no sample data: add Cards/Samples/{template}.data.json (the Adaptive Cards designer uses it too).");
        return JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is empty.");
    }

    private static void AssertFullyBound(JsonElement card)
    {
        var text = card.GetRawText();
        Assert.DoesNotContain("${", text);
        Assert.DoesNotContain("\"$data\"", text);
        Assert.DoesNotContain("\"$when\"", text);
    }
}
