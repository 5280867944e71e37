using EmulationBot.Tests.Questions.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Questions.Chat;

public class QuestionInDialogTests
{
    [Fact]
    public async Task Question_InTheMiddleOfADialog_IsAnswered_ThenTheDialogGoesOn()
    {
        await using var bot = await QuestionTestBot.WithSurveyAsync();
        await bot.SendTextAsync("survey");
        var replies = (await bot.SendTextAsync("Phú Yên: hạn gửi bản đăng ký thi đua là khi nào?")).AllText();
        Assert.Contains("10/3/2024", replies);
        Assert.Contains("Mục IV.2", replies);
        Assert.Contains("Bạn tham gia với tư cách nào?", replies);
        Assert.Contains("Ghi chú của bạn?", (await bot.SendTextAsync("1")).AllText());
    }

    [Fact]
    public async Task QuestionThePlanDoesNotAnswer_InADialog_DoesNotInterruptIt()
    {
        await using var bot = await QuestionTestBot.WithSurveyAsync();
        await bot.SendTextAsync("survey");
        var replies = (await bot.SendTextAsync("giá vé xem phim tối nay?")).AllText();
        Assert.DoesNotContain("không đề cập", replies);
        Assert.Contains("Bạn tham gia với tư cách nào?", replies);
    }
}
