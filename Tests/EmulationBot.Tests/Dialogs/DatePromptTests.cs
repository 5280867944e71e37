using System.Text.Json;
using EmulationBot.Conversation;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Storage;
using EmulationBot.Text;

namespace EmulationBot.Tests.Dialogs;

public class DatePromptTests
{
    private static readonly Strings Texts = new();

    private static readonly DatePrompt Prompt = new()
    {
        TextKey = "dialogs.skip",
        Today = new DateOnly(2025, 5, 20),
        Earliest = new DateOnly(2025, 5, 20),
        Latest = new DateOnly(2025, 12, 31),
        Optional = true,
    };

    private static PromptRecognition Read(string text, CardData? card = null, DatePrompt? prompt = null) =>
        (prompt ?? Prompt).Recognize(new PromptInput(new Utterance(text), card, [], Texts));

    [Theory]
    [InlineData("30/11", "2025-11-30")]
    [InlineData("30/11/2025", "2025-11-30")]
    [InlineData("ngày 30 tháng 11 năm 2025", "2025-11-30")]
    [InlineData("ngay 30 thang 11", "2025-11-30")]
    [InlineData("tháng 10", "2025-10")]
    [InlineData("thang 10/2025", "2025-10")]
    [InlineData("quý III", "2025-Q3")]
    [InlineData("quy 3 nam 2025", "2025-Q3")]
    [InlineData("cuối năm", "2025-12-31")]
    [InlineData("30 November 2025", "2025-11-30")]
    [InlineData("2025-08-15", "2025-08-15")]
    public void Recognize_VietnameseAndEnglishDates(string typed, string iso)
    {
        var result = Read(typed);

        Assert.True(result.Matched, typed);
        Assert.Equal(iso, ((PlanDate)result.Value!).ToIso());
    }

    [Theory]
    [InlineData("31/2")]
    [InlineData("32/5")]
    [InlineData("sớm nhất có thể")]
    [InlineData("15/3/2025")]
    [InlineData("30/6/2026")]
    [InlineData("từ 1/6 đến 30/6")]
    [InlineData("1/6 hoặc 2/6")]
    public void Recognize_BadOrOutOfRange_IsNoMatch(string typed) => Assert.False(Read(typed).Matched, typed);

    [Fact]
    public void Recognize_SkipWhenOptional_IsNull_ButNotWhenRequired()
    {
        var skipped = Read("bỏ qua");
        Assert.True(skipped.Matched);
        Assert.Null(skipped.Value);
        Assert.False(Read("bo qua", prompt: Prompt with { Optional = false }).Matched);
    }

    [Fact]
    public void Recognize_ADateInputOnACard()
    {
        var card = new CardData(JsonSerializer.SerializeToElement(new { date = "2025-09-01" }));

        Assert.Equal(PlanDate.OnDay(2025, 9, 1), Read("", card).Value);
    }

    [Fact]
    public void SavedWithTheDialog_ReadsBackTheSame()
    {
        var json = JsonSerializer.SerializeToElement<Prompt>(Prompt, StorageJson.Options);

        Assert.Equal("date", json.GetProperty("kind").GetString());
        var restored = Assert.IsType<DatePrompt>(json.Deserialize<Prompt>(StorageJson.Options));
        Assert.Empty(restored.TextArgs);
        Assert.Equal(Prompt, restored with { TextArgs = Prompt.TextArgs });
    }
}
