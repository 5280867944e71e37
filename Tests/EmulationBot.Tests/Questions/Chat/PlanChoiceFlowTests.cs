using EmulationBot.Conversation;
using EmulationBot.Storage;
using EmulationBot.Tests.Questions.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Questions.Chat;

public class PlanChoiceFlowTests
{
    private const string ReportDeadline = "hạn gửi báo cáo tổng kết là khi nào?";

    [Fact]
    public async Task QuestionFittingBothPlans_BestAnswered_OtherOfferedAsAButton()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var replies = await bot.SendTextAsync(ReportDeadline);
        var titles = CardActions.Titles(replies.Cards().Single()).ToList();
        Assert.Contains(titles, t => t.StartsWith("Hỏi kế hoạch ", StringComparison.Ordinal));
        Assert.DoesNotContain("Bạn hỏi kế hoạch nào", replies.AllText());
    }

    [Fact]
    public async Task OtherPlanButton_Pressed_AnswersFromThatPlan_AndMakesItCurrent()
    {
        var storage = new MemoryStorage();
        await using var bot = await QuestionTestBot.CreateAsync(storage);
        var card = (await bot.SendTextAsync(ReportDeadline)).Cards().Single();
        var button = CardActions.Titles(card).Single(t => t.StartsWith("Hỏi kế hoạch ", StringComparison.Ordinal));
        var other = button.Contains("Cao Bằng", StringComparison.Ordinal) ? ("Cao Bằng", "05/12/2023") : ("Phú Yên", "20/11/2024");

        var text = (await bot.SubmitAsync(CardActions.Data(card, button))).AllText();

        Assert.Contains($"Theo kế hoạch của Sở KHCN {other.Item1}", text);
        Assert.Contains(other.Item2, text);
        var again = (await bot.SendTextAsync(ReportDeadline)).AllText();
        Assert.Contains($"Theo kế hoạch bạn đang theo dõi (Sở KHCN {other.Item1})", again);
    }

    [Fact]
    public async Task CurrentPlan_SurvivesARestart()
    {
        var storage = new MemoryStorage();
        var bot = await QuestionTestBot.CreateAsync(storage);
        await bot.SendTextAsync("Cao Bằng: ai theo dõi việc xây dựng mô hình?");
        await using var restarted = await bot.RestartAsync();
        var text = (await restarted.SendTextAsync(ReportDeadline)).AllText();
        Assert.Contains("Theo kế hoạch bạn đang theo dõi (Sở KHCN Cao Bằng)", text);
        Assert.Contains("05/12/2023", text);
    }

    [Fact]
    public async Task PlanNamed_WinsOverTheCurrentPlan()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        await bot.SendTextAsync("Cao Bằng: ai theo dõi việc xây dựng mô hình?");
        var text = (await bot.SendTextAsync("Phú Yên: " + ReportDeadline)).AllText();
        Assert.Contains("Theo kế hoạch của Sở KHCN Phú Yên", text);
        Assert.Contains("20/11/2024", text);
    }
}
