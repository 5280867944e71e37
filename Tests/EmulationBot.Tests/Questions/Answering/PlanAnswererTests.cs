using EmulationBot.Localization;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Answering;

public class PlanAnswererTests
{
    [Theory]
    [InlineData("Phú Yên: Văn phòng Sở tổng hợp bản đăng ký thi đua xong trước ngày nào?", "15/3/2024**", "IV.1")]
    [InlineData("phu yen so ket phong trao vao thang nao", "**tháng 7/2024**", "IV.1")]
    [InlineData("Phú Yên: thời gian thi đua kéo dài đến khi nào?", "30/11/2024", "II.1")]
    [InlineData("Cao Bằng: ai theo dõi việc xây dựng mô hình?", "Phòng Quản lý khoa học", "III.1")]
    [InlineData("Giám đốc Sở Phú Yên tặng giấy khen cho tối đa bao nhiêu cá nhân?", "**05**", "III.2")]
    [InlineData("Phú Yên: mỗi phòng phải có bao nhiêu sáng kiến?", "**02**", "II.2")]
    [InlineData("cao bang moi don vi phai lam may mo hinh", "**01**", "II.1")]
    public void Answer_PlanSaysIt_QuotesTheShortestPassageWithTheAnswerInBold(string question, string expected, string section)
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, question);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(expected, answer.Quote + answer.Lead);
        Assert.Equal(section, answer.Section!.Id);
        Assert.True(answer.Quote.Length < 260, answer.Quote);
    }

    [Fact]
    public void Answer_EnglishWhatDoesAUnitDo_ListsItsSection()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "what does the office do in Phu Yen?");
        Assert.Equal("IV.1", answer.Section!.Id);
        Assert.Contains("Tổ chức sơ kết", answer.Quote);
    }

    [Fact]
    public void Answer_WhoIssued_GivesTheIssuerFact()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "Cơ quan nào ban hành kế hoạch của Cao Bằng?");
        Assert.Contains("Sở Khoa học và Công nghệ", answer.Quote);
        Assert.True(answer.Section!.IsPreamble);
    }

    [Fact]
    public void Answer_Recipients_ListsThem()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "kế hoạch Phú Yên gửi đến những nơi nào?");
        Assert.Contains("Ban Thi đua - Khen thưởng tỉnh", answer.Quote);
        Assert.True(answer.Section!.IsClosing);
    }

    [Fact]
    public void Answer_UnitsTasks_ListsItsSection()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "Văn phòng Sở Phú Yên làm những việc gì?");
        Assert.Contains("Tổng hợp bản đăng ký", answer.Quote);
        Assert.Contains("Tổ chức sơ kết", answer.Quote);
    }

    [Theory]
    [InlineData("giá vé xem phim tối nay?")]
    [InlineData("Căng tin mở cửa lúc mấy giờ?")]
    [InlineData("what is the price of a movie ticket?")]
    public void Answer_Unrelated_NotFound(string question) =>
        Assert.Equal(AnswerKind.NotFound, PlanAnswerer.Answer(TestPlans.Corpus, question).Kind);

    [Fact]
    public void Answer_NumberThePlanNeverGives_NotFound()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "Phú Yên có bao nhiêu phòng chuyên môn?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public void Answer_EventThePlanNeverDates_NotFound()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "Lễ phát động phong trào ở Phú Yên diễn ra ngày nào?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public void Answer_NotFound_OffersTheClosestSections()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "Phú Yên: hội nghị sơ kết tổ chức ở đâu?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Contains(answer.Closest, s => s.Id == "IV.1");
    }

    [Fact]
    public void Answer_English_AnswersInEnglishWithTheQuoteInVietnamese()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "When must units send their registration in Phu Yen?");
        Assert.Equal(Language.English, answer.Language);
        Assert.Contains("10/3/2024", answer.Quote);
    }

    [Fact]
    public void Answer_NoPlans_SaysSo() =>
        Assert.Equal(AnswerKind.NoPlans, PlanAnswerer.Answer(QaCorpus.Empty, "hạn nộp báo cáo?").Kind);

    [Fact]
    public void Citation_ReadsLikeThePlan()
    {
        var section = TestPlans.PhuYen.Plan.FindSection("IV.1")!;
        Assert.Equal("Mục IV.1 – Văn phòng Sở", Citation.Of(section, Language.Vietnamese));
        Assert.Equal("Section IV.1 – Văn phòng Sở", Citation.Of(section, Language.English));
        Assert.Equal("Mục IV – Tổ chức thực hiện", Citation.Of(TestPlans.PhuYen.Plan.FindSection("IV")!, Language.Vietnamese));
    }
}
