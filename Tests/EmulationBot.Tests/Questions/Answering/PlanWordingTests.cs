using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Answering;

/// <summary>Wordings a plan uses that differ from the question's: a launch for a start, a "Đối tượng" line for who takes part, a frequency, the plan's own number.</summary>
public class PlanWordingTests
{
    private const string Plan = """
        **SỞ KHOA HỌC VÀ CÔNG NGHỆ**

        Số: 318/KH-SKHCN

        Lâm Đồng, ngày 09 tháng 4 năm 2025

        ## KẾ HOẠCH

        **Tổ chức phong trào thi đua “Nông nghiệp xanh” năm 2025**

        Thực hiện Kế hoạch số 61/KH-UBND ngày 18/3/2025 của UBND tỉnh, Sở Khoa học và Công nghệ ban hành kế hoạch như sau:

        ### I. ĐỐI TƯỢNG, THỜI GIAN

        1. Đối tượng: các phòng chuyên môn, Chi cục Tiêu chuẩn Đo lường Chất lượng và người lao động thuộc Sở.

        2. Thời gian: phong trào được phát động từ ngày 02/5/2025 và kết thúc ngày 30/11/2025.

        ### II. TỔ CHỨC THỰC HIỆN

        1. Văn phòng Sở theo dõi, đôn đốc và báo cáo Giám đốc Sở kết quả thực hiện hằng quý.

        2. Các phòng, đơn vị gửi báo cáo tổng kết về Văn phòng Sở trước ngày 10/11/2025.
        """;

    private static readonly QaCorpus Corpus = new([TestPlans.Plan(Plan)]);

    [Theory]
    [InlineData("Phong trào bắt đầu khi nào?")]
    [InlineData("phong trao bat dau tu ngay nao")]
    [InlineData("When does the movement start?")]
    public void Answer_StartAsked_TheLaunchDateAnswers(string question)
    {
        var answer = PlanAnswerer.Answer(Corpus, question);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("02/5/2025**", answer.Quote);
    }

    [Theory]
    [InlineData("Văn phòng Sở báo cáo Giám đốc kết quả bao lâu một lần?")]
    [InlineData("van phong so bao cao giam doc bao lau 1 lan")]
    public void Answer_FrequencyAsked_QuotesTheLineThatGivesIt(string question)
    {
        var answer = PlanAnswerer.Answer(Corpus, question);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("hằng quý", answer.Quote);
    }

    [Fact]
    public void Answer_WhoTakesPartAsked_QuotesTheSubjectsLine()
    {
        var answer = PlanAnswerer.Answer(Corpus, "Đối tượng tham gia phong trào gồm những ai?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Chi cục Tiêu chuẩn Đo lường Chất lượng", answer.Quote.Replace("**", ""));
    }

    [Fact]
    public void Answer_PlanNumberAndDateAsked_ThePlansOwnNotTheCitedOnes()
    {
        var answer = PlanAnswerer.Answer(Corpus, "Kế hoạch số mấy, ban hành ngày nào?");
        Assert.Contains("318/KH-SKHCN", answer.Quote);
        Assert.Contains("09/04/2025", answer.Quote);
        Assert.DoesNotContain("61/KH-UBND", answer.Quote);
    }
}
