using System.Text.Json;
using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace EmulationBot.Tests.Dialogs;

public class DialogInterruptionTests
{
    [Fact]
    public async Task PlanQuestion_InTheMiddle_IsAnsweredThenTheQuestionIsAskedAgain()
    {
        var answerer = QuestionAnswerers.Answering("khi nao", "ANSWER: 30/5/2022");
        await using var bot = DialogTestBot.Create(configure: s => s.AddSingleton(answerer));
        await bot.SendTextAsync("survey");
        var replies = (await bot.SendTextAsync("hạn nộp kế hoạch là khi nào?")).AllText();
        Assert.Contains("ANSWER: 30/5/2022", replies);
        Assert.Contains("Bạn tham gia với tư cách nào?", replies);
        Assert.Contains("Ghi chú của bạn?", (await bot.SendTextAsync("1")).AllText());
    }

    [Fact]
    public async Task FreeTextAnswer_ThatMentionsAQuestionWord_IsStillAnAnswer()
    {
        var answerer = new Mock<IQuestionAnswerer>(MockBehavior.Strict);
        await using var bot = DialogTestBot.Create(configure: s => s.AddSingleton(answerer.Object));
        await bot.SendTextAsync("survey");
        await bot.SendTextAsync("1");
        Assert.Contains("Lưu individual – hoàn thành trước hạn", (await bot.SendTextAsync("hoàn thành trước hạn")).AllText());
    }

    [Fact]
    public async Task ActionExecute_OnAPromptCard_UpdatesTheCardInPlace_AndGoesOn()
    {
        await using var bot = DialogTestBot.Create();
        var card = (await bot.SendTextAsync("survey")).Cards().Single();
        var (result, replies) = await bot.ExecuteAsync("dialog", CardActions.Data(card, "Cá nhân"));
        Assert.Equal(200, result.Status);
        var body = result.Body!.Value;
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.GetProperty("type").GetString());
        Assert.Contains("✓ Cá nhân", body.GetProperty("value").GetRawText().Replace("\\u2713", "✓"));
        Assert.Contains("Ghi chú của bạn?", replies.AllText());
    }

    [Fact]
    public async Task ActionExecute_OnAStaleCard_ReturnsTheExpiredCard_AndKeepsTheDialog()
    {
        await using var bot = DialogTestBot.Create();
        var card = (await bot.SendTextAsync("survey")).Cards().Single();
        await bot.SendTextAsync("tro giup"); // re-shows the question on a new card: the first one is now stale
        var (result, _) = await bot.ExecuteAsync("dialog", CardActions.Data(card, "Cá nhân"));
        var value = result.Body!.Value.GetProperty("value").ToString();
        Assert.Contains("không còn hiệu lực", JsonSerializer.Deserialize<JsonElement>(value).ToString());
        Assert.Contains("Ghi chú của bạn?", (await bot.SendTextAsync("2")).AllText());
    }

    [Fact]
    public async Task CardNavigationButtons_GoBackAndCancel()
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        await bot.SendTextAsync("1");
        var confirm = (await bot.SendTextAsync("note")).Cards().Single();
        Assert.Contains("Ghi chú của bạn?", (await bot.SubmitAsync(CardActions.Data(confirm, "Quay lại"))).AllText());
        await bot.SendTextAsync("note 2");
        var card = (await bot.SendTextAsync("quay lai")).AllText();
        Assert.Contains("Ghi chú của bạn?", card);
        Assert.Contains("Cancelled taking the survey", (await bot.SendTextAsync("cancel")).AllText());
    }

    [Fact]
    public async Task AnotherCommand_InTheMiddle_RunsThenTheDialogContinues()
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        var replies = (await bot.SendTextAsync("trợ giúp")).AllText();
        Assert.Contains("Bạn tham gia với tư cách nào?", replies);
        Assert.Contains("Tập thể", replies);
        Assert.Contains("Ghi chú của bạn?", (await bot.SendTextAsync("tap the")).AllText());
    }

    [Fact]
    public async Task CommandButtonOfAnotherCard_InTheMiddle_RunsThenTheDialogContinues()
    {
        await using var bot = DialogTestBot.Create();
        await bot.SendTextAsync("survey");
        await bot.SendTextAsync("1");
        var replies = (await bot.SubmitAsync(new { command = "help" })).AllText();
        Assert.Contains("Tôi có thể giúp gì?", replies);
        Assert.Contains("Ghi chú của bạn?", replies);
        Assert.Contains("Lưu individual – still here", (await bot.SendTextAsync("still here")).AllText());
    }
}
