using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Tests.Questions.Retrieval;

public class PlanFactCuesTests
{
    [Theory]
    [InlineData("Kế hoạch thi đua này do ai ban hành?", QuestionCue.Issuer)]
    [InlineData("ke hoach nay do so nao ban hanh", QuestionCue.Issuer)]
    [InlineData("kế hoạch ký ngày nào?", QuestionCue.Issued)]
    [InlineData("Kế hoạch được ban hành vào tháng nào?", QuestionCue.Issued)]
    [InlineData("When did the plan come out?", QuestionCue.Issued)]
    [InlineData("Ai ký kế hoạch?", QuestionCue.Signer)]
    [InlineData("What must heads of divisions do?", QuestionCue.Duty)]
    [InlineData("ke hoach thi dua luu tai dau", QuestionCue.Archive)]
    [InlineData("What is the web address of the portal?", QuestionCue.Address)]
    [InlineData("Kế hoạch số mấy, ban hành ngày nào?", QuestionCue.PlanNumber)]
    [InlineData("Kế hoạch số mấy, ban hành ngày nào?", QuestionCue.Issued)]
    [InlineData("ke hoach nay so bao nhieu", QuestionCue.PlanNumber)]
    public void Analyze_QuestionAboutThePlanItself_GivesItsCue(string question, QuestionCue cue) =>
        Assert.True(QuestionAnalyzer.Analyze(question).Has(cue), QuestionAnalyzer.Analyze(question).Cues.ToString());

    [Theory]
    [InlineData("Chỉ thị 20-CT/TU do cơ quan nào ban hành?", QuestionCue.Issuer)] // a cited document's issuer
    [InlineData("Kỷ niệm 20 năm thành lập tỉnh vào ngày nào?", QuestionCue.Issued)] // "kỷ" is not "ký"
    [InlineData("Kế hoạch 461/KH-UBND ký ngày nào?", QuestionCue.Issued)]
    [InlineData("Hội nghị cần lưu ý gì?", QuestionCue.Archive)]
    [InlineData("đăng ký thi đua ngày nào", QuestionCue.Issued)]
    [InlineData("Sở thực hiện kế hoạch số mấy của UBND tỉnh?", QuestionCue.PlanNumber)] // another body's plan
    public void Analyze_LookAlike_DoesNotGiveTheCue(string question, QuestionCue cue) =>
        Assert.False(QuestionAnalyzer.Analyze(question).Has(cue), QuestionAnalyzer.Analyze(question).Cues.ToString());

    [Theory]
    [InlineData("Những phong trào thi đua cụ thể nào được tiếp tục hưởng ứng?", QuestionCue.List)]
    [InlineData("Đắk Nông - các nghị quyết của Tỉnh ủy được nhắc đến?", QuestionCue.List)]
    [InlineData("phong trào tính từ thời điểm nào", QuestionCue.Period)]
    [InlineData("kế hoạch thực hiện trong bao lâu", QuestionCue.Period)]
    [InlineData("Kế hoạch thi đua viện dẫn chỉ thị nào?", QuestionCue.Document)]
    public void Analyze_QuestionWordsWithTheirNeighbours_GiveTheirCue(string question, QuestionCue cue) =>
        Assert.True(QuestionAnalyzer.Analyze(question).Has(cue), QuestionAnalyzer.Analyze(question).Cues.ToString());

    [Fact]
    public void Analyze_DocumentTypeAsked_StaysAWordToSearch()
    {
        var analyzed = QuestionAnalyzer.Analyze("Kế hoạch viện dẫn chỉ thị nào của Bộ Chính trị?");
        Assert.Contains(analyzed.Pairs, p => p.Term == "chi_thi" && p.IsLexical);
        Assert.DoesNotContain(QuestionAnalyzer.Analyze("theo văn bản nào").Pairs, p => p.Term == "van_ban");
    }

    [Fact]
    public void Analyze_OrdinalAsked_RemembersItsWord()
    {
        var analyzed = QuestionAnalyzer.Analyze("Chỉ thị 05-CT/TW là của Bộ Chính trị khóa mấy?");
        Assert.Equal("khoa", analyzed.Ordinal);
        Assert.True(analyzed.Has(QuestionCue.HowMany));
    }

    [Fact]
    public void Analyze_PurposeOfLaunchingTheMovement_LaunchIsNotATopic() =>
        Assert.DoesNotContain(QuestionAnalyzer.Analyze("Vì sao Quảng Bình phát động đợt thi đua này?").Pairs, p => p.Term == "phat_dong");
}
