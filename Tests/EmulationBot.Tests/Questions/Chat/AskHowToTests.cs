using EmulationBot.Tests.Questions.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Questions.Chat;

public class AskHowToTests
{
    [Fact]
    public async Task HelpCard_ListsAskingAboutThePlan_AndItsButtonExplainsHow()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var help = await bot.SendTextAsync("trợ giúp");
        Assert.Contains("Hỏi về kế hoạch", help.AllText());

        var reply = Assert.Single(await bot.SubmitAsync(new { command = "qa.howto" }));
        Assert.Contains("có dấu hay không dấu đều được", reply.Text);
        Assert.Equal(4, reply.SuggestedActions!.Actions.Count);
    }

    [Theory]
    [InlineData("hỏi về kế hoạch")]
    [InlineData("hoi ve ke hoach")]
    [InlineData("ask about the plan")]
    public async Task TypedEntryName_ExplainsHow(string text)
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var reply = Assert.Single(await bot.SendTextAsync(text));
        Assert.NotNull(reply.SuggestedActions);
    }

    [Fact]
    public async Task ExampleQuestion_FromTheSuggestions_IsAnswered()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var reply = Assert.Single(await bot.SubmitAsync(new { command = "qa.howto" }));
        var example = reply.SuggestedActions!.Actions[0].Value!.Value.GetString()!;
        Assert.Contains("Theo kế hoạch của", (await bot.SendTextAsync(example)).AllText());
    }
}
