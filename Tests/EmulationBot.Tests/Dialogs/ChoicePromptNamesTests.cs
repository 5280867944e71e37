using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Text;

namespace EmulationBot.Tests.Dialogs;

public class ChoicePromptNamesTests
{
    private static readonly ChoicePrompt Units = new()
    {
        TextKey = "units.ask",
        Choices =
        [
            new Choice("khtc", "Phòng Kế hoạch - Tài chính"),
            new Choice("qlkh", "Phòng Quản lý khoa học"),
            new Choice("ttud", "Trung tâm Thông tin, Ứng dụng KH&CN"),
            new Choice("hidden", "Giữ nguyên") { Hidden = true },
        ],
    };

    private static string? Pick(string typed) =>
        (Units.Recognize(new PromptInput(new Utterance(typed), null, [], new Strings())).Value as ChoiceAnswer)?.Value;

    [Theory]
    [InlineData("Phòng Kế hoạch - Tài chính", "khtc")]
    [InlineData("phong ke hoach tai chinh", "khtc")]
    [InlineData("ke hoach tai chinh", "khtc")]
    [InlineData("Trung tâm Thông tin, Ứng dụng KH&CN", "ttud")]
    [InlineData("trung tam thong tin ung dung", "ttud")]
    [InlineData("2", "qlkh")]
    [InlineData("giu nguyen", "hidden")]
    public void TitlesWithPunctuation_MatchTypedWords(string typed, string value) => Assert.Equal(value, Pick(typed));

    [Fact]
    public void HiddenChoices_AreNotNumbered() => Assert.Null(Pick("4"));
}
