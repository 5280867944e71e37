using System.Text.Json;
using EmulationBot.IntegrationTests.Support.Cards;

namespace EmulationBot.IntegrationTests.Cards;

/// <summary>The card checks catch what they claim to catch, so a clean result means something.</summary>
public sealed class CardValidatorTests
{
    private const string Text = """{"type":"TextBlock","text":"Xin chào"}""";

    [Fact]
    public async Task Validate_TeamsReadyCard_IsClean()
    {
        var result = await CardValidator.ValidateAsync(Card("""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Nộp báo cáo","style":"heading"},
             {"type":"Input.Text","id":"note","label":"Ghi chú"}],
             "actions":[{"type":"Action.Execute","title":"Gửi","verb":"report.submit","data":{"x":1}}]}
            """));

        Assert.True(result.IsClean, result.ToString());
        Assert.InRange(result.Bytes, 100, 1000);
    }

    [Theory]
    [InlineData("unknown element", $$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"x"}]}""", "parser.UnknownElementType")]
    [InlineData("bad enum value", $$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","weight":"Heavy"}]}""", "parser.InvalidPropertyValue")]
    [InlineData("feature newer than the declared version", $$"""{"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock","text":"x","style":"heading"}]}""", "parser.UnsupportedProperty")]
    [InlineData("duplicate ids", $$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a"},{"type":"Input.Text","id":"a"}]}""", "parser.DuplicateId")]
    [InlineData("version 1.6", $$"""{"type":"AdaptiveCard","version":"1.6","body":[{{Text}}]}""", "teams.version")]
    [InlineData("no version", $$"""{"type":"AdaptiveCard","body":[{{Text}}]}""", "teams.version")]
    [InlineData("not a card", $$"""{"type":"HeroCard","version":"1.5","body":[{{Text}}]}""", "teams.type")]
    [InlineData("Action.Execute without verb", $$"""{"type":"AdaptiveCard","version":"1.5","body":[{{Text}}],"actions":[{"type":"Action.Execute","title":"Go"}]}""", "teams.executeVerb")]
    [InlineData("input without id", $$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","label":"Tên"}]}""", "teams.inputId")]
    public async Task Validate_BrokenCard_ReportsAnError(string problem, string json, string rule)
    {
        var result = await CardValidator.ValidateAsync(Card(json), problem);

        Assert.Contains(result.Errors, e => e.Rule == rule);
    }

    [Theory]
    [InlineData($$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","isRequired":true}]}""", "parser.RequiredInputsShouldHaveLabel")]
    [InlineData($$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":""}]}""", "teams.emptyText")]
    public async Task Validate_DoubtfulCard_ReportsAWarning(string json, string rule)
    {
        var result = await CardValidator.ValidateAsync(Card(json));

        Assert.Contains(result.Warnings, w => w.Rule == rule);
        Assert.False(result.IsClean);
    }

    [Fact]
    public async Task Validate_CardOverTheSizeBudget_ReportsAnError()
    {
        var blocks = string.Join(',', Enumerable.Repeat("""{"type":"TextBlock","text":"Kế hoạch thi đua năm 2025 của Sở Khoa học và Công nghệ","wrap":true}""", 300));

        var result = await CardValidator.ValidateAsync(Card($$"""{"type":"AdaptiveCard","version":"1.5","body":[{{blocks}}]}"""));

        Assert.Contains(result.Errors, e => e.Rule == "teams.size");
        Assert.True(result.Bytes > 20_000);
    }

    [Fact]
    public async Task AssertValid_AnyCardWithAnIssue_Fails()
    {
        var good = Card($$"""{"type":"AdaptiveCard","version":"1.5","body":[{{Text}}]}""");
        var bad = Card($$"""{"type":"AdaptiveCard","version":"1.6","body":[{{Text}}]}""");

        await CardValidator.AssertValidAsync([("good", good)]);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => CardValidator.AssertValidAsync([("good", good), ("bad", bad)]));
        Assert.Contains("teams.version", failure.Message);
    }

    private static JsonElement Card(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
