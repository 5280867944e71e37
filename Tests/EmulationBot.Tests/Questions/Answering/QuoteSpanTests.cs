using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Answering;

public class QuoteSpanTests
{
    private const string Plan = """
        KẾ HOẠCH

        Thi đua “Đổi mới sáng tạo” năm 2024

        Thực hiện Kế hoạch số 88/KH-UBND ngày 12/3/2024 của UBND tỉnh, Sở Khoa học và Công nghệ ban hành kế hoạch như sau:

        I. NỘI DUNG

        1. Đợt thi đua được tổ chức sâu rộng, thiết thực, hiệu quả, gắn với nhiệm vụ chính trị của cơ quan, đơn vị trực thuộc Sở; tránh phô trương, hình thức, lãng phí trong tổ chức các hoạt động của đợt.

        2. Tiếp tục hưởng ứng các phong trào thi đua của tỉnh, như: phong trào “Chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025; phong trào “Vì người nghèo, không để ai bị bỏ lại phía sau”; phong trào “Cán bộ thi đua thực hiện văn hóa công sở”.

        3. Khen thưởng kịp thời, chính xác, khách quan. Chú ý khen thưởng các tập thể, cá nhân tiêu biểu.
        """;

    private static readonly QaCorpus Corpus = new([TestPlans.Plan(Plan)]);

    [Fact]
    public void Answer_QuestionWordsInTwoClauses_QuoteTakesBothAndNoMore()
    {
        var answer = PlanAnswerer.Answer(Corpus, "đợt thi đua phải tránh những gì");
        Assert.Contains("Đợt thi đua được tổ chức", answer.Quote);
        Assert.Contains("tránh phô trương", answer.Quote);
        Assert.DoesNotContain("Tiếp tục hưởng ứng", answer.Quote);
    }

    [Fact]
    public void Answer_ListQuestion_QuotesTheWholeEnumeration()
    {
        var answer = PlanAnswerer.Answer(Corpus, "Những phong trào thi đua cụ thể nào được tiếp tục hưởng ứng?");
        Assert.Contains("nông thôn mới", answer.Quote);
        Assert.Contains("người nghèo", answer.Quote);
        Assert.Contains("văn hóa công sở", answer.Quote);
    }

    [Fact]
    public void Answer_HowQuestionOnAShortPassage_QuotesItsSentencesTogether()
    {
        var answer = PlanAnswerer.Answer(Corpus, "How should rewards be given?");
        Assert.Contains("kịp thời, chính xác, khách quan", answer.Quote);
        Assert.Contains("tập thể, cá nhân tiêu biểu", answer.Quote);
    }

    [Fact]
    public void Answer_OneClauseHoldsEverything_QuoteIsThatClause()
    {
        var answer = PlanAnswerer.Answer(Corpus, "phong trào nông thôn mới thuộc giai đoạn nào");
        Assert.Contains("2021 - 2025", answer.Quote);
        Assert.DoesNotContain("văn hóa công sở", answer.Quote);
    }
}
