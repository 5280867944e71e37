using System.Text.Json;
using EmulationBot.Conversation;
using EmulationBot.Storage;
using EmulationBot.Tests.Questions.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Questions.Chat;

public class QuestionFlowTests
{
    private const string RegistrationDeadline = "Phú Yên: hạn gửi bản đăng ký thi đua là khi nào?";

    [Fact]
    public async Task Question_OutsideADialog_AnswerWithCitationAndSectionButton()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var replies = await bot.SendTextAsync(RegistrationDeadline);
        var card = Assert.Single(replies.Cards());
        var text = replies.AllText();
        Assert.Contains("Theo kế hoạch của Sở KHCN Phú Yên", text);
        Assert.Contains("10/3/2024**", text);
        Assert.Contains("Mục IV.2 – Các phòng, đơn vị trực thuộc Sở", text);
        Assert.Contains("Xem toàn bộ Mục IV.2", CardActions.Titles(card));
    }

    [Fact]
    public async Task SectionButton_Pressed_ShowsTheWholeSection()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var card = (await bot.SendTextAsync(RegistrationDeadline)).Cards().Single();
        var section = await bot.SubmitAsync(CardActions.Data(card, "Xem toàn bộ Mục IV.2"));
        var text = section.AllText();
        Assert.Contains("Mục IV.2 – Các phòng, đơn vị trực thuộc Sở", text);
        Assert.Contains("• Gửi bản đăng ký thi đua về Văn phòng Sở trước ngày 10/3/2024.", text);
        Assert.Contains("• Gửi báo cáo tổng kết phong trào về Văn phòng Sở chậm nhất ngày 20/11/2024.", text);
    }

    [Fact]
    public async Task SectionButton_OfASectionWithSubSections_ShowsThemAll()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var text = (await bot.SubmitAsync(new { command = "qa.section", plan = TestPlans.PhuYen.Plan.Id, section = "IV" })).AllText();
        Assert.Contains("1. Văn phòng Sở", text);
        Assert.Contains("3. Trung tâm Thông tin và Thống kê khoa học và công nghệ", text);
        Assert.Contains("• Đăng tin, bài về phong trào", text);
    }

    [Fact]
    public async Task SectionButton_PlanNoLongerPublished_SaysSoPolitely()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var text = (await bot.SubmitAsync(new { command = "qa.section", plan = "gone", section = "I" })).AllText();
        Assert.Contains("không còn trong các kế hoạch đang công bố", text);
    }

    [Theory]
    [InlineData("giá vé xem phim tối nay?")]
    [InlineData("Phú Yên có bao nhiêu phòng chuyên môn?")]
    public async Task OutOfScope_SaysThePlanDoesNotSay(string question)
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var text = (await bot.SendTextAsync(question)).AllText();
        Assert.Contains("không", text);
        Assert.True(text.Contains("không đề cập") || text.Contains("không nêu"), text);
        Assert.DoesNotContain("Theo kế hoạch của", text);
    }

    [Fact]
    public async Task QuestionWithoutDiacritics_IsAnswered()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        Assert.Contains("10/3/2024", (await bot.SendTextAsync("phu yen han nop ban dang ky thi dua")).AllText());
    }

    [Fact]
    public async Task QuestionHoldingACommandsWords_IsAnsweredNotTakenAsTheCommand()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var text = (await bot.SendTextAsync("Cao Bằng: ai hướng dẫn các đơn vị xây dựng mô hình?")).AllText();
        Assert.Contains("Phòng Quản lý khoa học", text);
        Assert.DoesNotContain("Tôi có thể giúp gì?", text);
    }

    [Fact]
    public async Task Gibberish_WithPlansPublished_StillPoliteNotUnderstood()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var reply = Assert.Single(await bot.SendTextAsync("xyzzy qwf plugh"));
        Assert.Contains("Xin lỗi, tôi chưa hiểu", reply.Text);
        Assert.Contains(reply.SuggestedActions!.Actions, a => a.Title == "Hỏi về kế hoạch");
    }

    [Fact]
    public async Task EnglishQuestion_EnglishFrame_QuoteInVietnamese()
    {
        await using var bot = await QuestionTestBot.CreateAsync();
        var text = (await bot.SendTextAsync("When must units send their registration in Phu Yen?")).AllText();
        Assert.Contains("According to the plan of Sở KHCN Phú Yên", text);
        Assert.Contains("Gửi bản đăng ký thi đua", text);
        Assert.Contains("See all of Section IV.2", text);
    }

    [Fact]
    public async Task NoPlanPublished_QuestionGetsAPoliteAnswer()
    {
        await using var bot = TestBot.Create();
        Assert.Contains("Chưa có kế hoạch nào được công bố", (await bot.SendTextAsync("hạn nộp báo cáo là khi nào?")).AllText());
    }
}
