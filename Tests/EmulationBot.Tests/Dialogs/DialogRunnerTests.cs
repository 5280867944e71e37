using EmulationBot.Conversation;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Dialogs;

public class DialogRunnerTests
{
    [Fact]
    public async Task Survey_TypedAnswers_CompletesAndClearsTheStack()
    {
        await using var bot = DialogTestBot.Create();
        Assert.Contains("Bạn tham gia với tư cách nào?", (await bot.SendTextAsync("khao sat")).AllText());
        Assert.Contains("Ghi chú của bạn?", (await bot.SendTextAsync("1")).AllText());
        Assert.Contains("Lưu individual – xin chào", (await bot.SendTextAsync("xin chào")).AllText());
        Assert.Contains("SAVED individual xin chào", (await bot.SendTextAsync("đồng ý")).AllText());
        Assert.Empty(await UserDialogs(bot));
    }

    [Theory]
    [InlineData("tap the")]
    [InlineData("Tập thể")]
    [InlineData("đăng ký cho đơn vị")]
    [InlineData("2")]
    public async Task Choice_TypedWithOrWithoutDiacritics_IsRecognised(string answer)
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("khảo sát");
        Assert.Contains("Ghi chú của bạn?", (await bot.SendTextAsync(answer)).AllText());
    }

    [Fact]
    public async Task Survey_CardButtons_CompleteAndReplaceTheAnsweredCards()
    {
        await using var bot = DialogTestBot.Create();
        var choiceCard = (await bot.SendTextAsync("survey")).Cards().Single();
        await bot.SubmitAsync(CardActions.Data(choiceCard, "Tập thể"), replyToId: "card-1");
        Assert.Contains(bot.Connector.Updated, u => u.Id == "card-1" && u.AllText().Contains("✓ Tập thể"));
        var confirmCard = (await bot.SendTextAsync("ghi chú")).Cards().Single();
        var done = await bot.SubmitAsync(CardActions.Data(confirmCard, "Có"));
        Assert.Contains("SAVED collective ghi chú", done.AllText());
    }

    [Fact]
    public async Task SameCardSubmittedTwice_SecondIsRefused()
    {
        await using var bot = DialogTestBot.Create();
        var choiceCard = (await bot.SendTextAsync("survey")).Cards().Single();
        var data = CardActions.Data(choiceCard, "Cá nhân");
        await bot.SubmitAsync(data);
        var second = await bot.SubmitAsync(data);
        Assert.Contains("Thẻ này đã được gửi hoặc không còn hiệu lực", second.AllText());
        // Still waiting for the note, not for the kind.
        Assert.Contains("Lưu individual – abc", (await bot.SendTextAsync("abc")).AllText());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Cancel_AtAnyStep_EndsTheDialog(int answersBefore)
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        string[] answers = ["1", "note"];
        foreach (var answer in answers.Take(answersBefore)) await bot.SendTextAsync(answer);
        Assert.Contains("Đã hủy làm khảo sát", (await bot.SendTextAsync("huỷ")).AllText());
        Assert.Empty(await UserDialogs(bot));
        Assert.Contains("chưa hiểu ý bạn", (await bot.SendTextAsync("1")).AllText());
    }

    [Fact]
    public async Task Back_ReturnsToThePreviousQuestion_AndNotBeforeTheFirst()
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        Assert.Contains("Đây là bước đầu tiên", (await bot.SendTextAsync("quay lai")).AllText());
        await bot.SendTextAsync("1");
        await bot.SendTextAsync("first note");
        Assert.Contains("Ghi chú của bạn?", (await bot.SendTextAsync("quay lại")).AllText());
        Assert.Contains("Lưu individual – second note", (await bot.SendTextAsync("second note")).AllText());
    }

    [Fact]
    public async Task Help_InTheMiddle_ExplainsAndAsksAgain()
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        await bot.SendTextAsync("2");
        var help = (await bot.SendTextAsync("tro giup")).AllText();
        Assert.Contains("Khảo sát có ba câu hỏi", help);
        Assert.Contains("Ghi chú của bạn?", help);
        var last = (await bot.SendTextAsync("ok")).AllText();
        Assert.True(last.Contains("Lưu collective – ok"), last);
    }

    [Fact]
    public async Task WrongAnswers_AreRepromptedThenTheDialogStops()
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        for (var i = 0; i < 3; i++) Assert.Contains("tôi chưa hiểu câu trả lời", (await bot.SendTextAsync("banana")).AllText());
        Assert.Contains("Tôi tạm dừng làm khảo sát", (await bot.SendTextAsync("banana")).AllText());
        Assert.Empty(await UserDialogs(bot));
    }

    [Fact]
    public async Task RestartBetweenTurns_ContinuesWhereTheUserWas()
    {
        var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        await bot.SendTextAsync("1");
        bot = await bot.RestartAsync();
        Assert.Contains("Lưu individual – after restart", (await bot.SendTextAsync("after restart")).AllText());
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task DialogSavedByAnOlderVersion_IsDroppedPolitely()
    {
        var storage = new EmulationBot.Storage.MemoryStorage();
        await using (var old = DialogTestBot.Create(storage))
        {
            await old.SendTextAsync("survey");
        }
        await using var bot = DialogTestBot.Create(storage, dialog: new SurveyDialog { VersionOverride = 2 });
        Assert.Contains("phiên bản cũ", (await bot.SendTextAsync("1")).AllText());
        Assert.Empty(await UserDialogs(bot));
    }

    [Fact]
    public async Task LanguageSwitchInTheMiddle_RepromptsInTheNewLanguage()
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        var replies = (await bot.SendTextAsync("English")).AllText();
        Assert.Contains("answer in English", replies);
        Assert.Contains("In which capacity do you take part?", replies);
    }

    internal static async Task<List<DialogFrame>> UserDialogs(TestBot bot)
    {
        var state = await EmulationBot.Storage.StorageJson.ReadAsync<UserState>(bot.Storage, SessionStore.UserKey("msteams", TestUser.Default.Id));
        return state!.Value.Personal.Dialogs;
    }
}
