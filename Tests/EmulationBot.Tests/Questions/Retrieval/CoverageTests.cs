using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Retrieval;

public class CoverageTests
{
    private const string Plan = """
        KẾ HOẠCH

        Thi đua “Lao động sáng tạo” năm 2024

        I. NỘI DUNG

        1. Chủ đề năm 2024 là lao động sáng tạo, lập thành tích chào mừng Đại hội Đảng bộ tỉnh.

        2. Văn phòng Sở là thường trực Hội đồng Thi đua - Khen thưởng Sở.

        3. Trung tâm Thông tin tuyên truyền kế hoạch trên trang thông tin điện tử của Sở tại địa chỉ https://skhcn.example.gov.vn.

        4. Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII về học tập và làm theo Bác.
        """;

    private static readonly PlanIndex Index = PlanIndex.Build(TestPlans.Plan(Plan));

    private static readonly QaCorpus Corpus = new([TestPlans.Plan(Plan)]);

    private static double Best(string question)
    {
        var analyzed = QuestionAnalyzer.Analyze(question);
        return Index.Segments.Max(s => Coverage.Of(Index, s, analyzed));
    }

    [Fact]
    public void Of_KnownWordOnlyInScatteredSyllables_IsNotCovered()
    {
        // "chủ" (of "chủ đề") and "tịch" (of "thành tích") are in the plan; "chủ tịch" is not.
        Assert.True(Best("chủ tịch hội đồng") < Best("thường trực hội đồng"));
        Assert.Equal(AnswerKind.NotFound, PlanAnswerer.Answer(Corpus, "Ai là chủ tịch Hội đồng Thi đua - Khen thưởng Sở?").Kind);
    }

    [Fact]
    public void Answer_FocusOfTheQuestionInThePlan_Answered() =>
        Assert.Contains("Văn phòng Sở", PlanAnswerer.Answer(Corpus, "Thường trực Hội đồng Thi đua - Khen thưởng Sở là ai?").Quote);

    [Fact]
    public void Answer_AddressAsked_OnlyAPassageWithOne()
    {
        var answer = PlanAnswerer.Answer(Corpus, "dia chi trang thong tin dien tu cua so la gi");
        Assert.Contains("**https://skhcn.example.gov.vn**", answer.Quote);
        Assert.Equal(AnswerKind.NotFound, PlanAnswerer.Answer(Corpus, "địa chỉ email của Văn phòng Sở là gì?").Kind);
    }

    [Fact]
    public void Answer_OrdinalAsked_TheNumeralAfterItsWordIsBold() =>
        Assert.Contains("khóa **XII**", PlanAnswerer.Answer(Corpus, "Chỉ thị 05-CT/TW là của Bộ Chính trị khóa mấy?").Quote);

    [Fact]
    public void Answer_QuotedNameTheplanDoesNotHave_NotFound() =>
        Assert.Equal(AnswerKind.NotFound, PlanAnswerer.Answer(Corpus, "Chủ đề “Hai giỏi” là gì?").Kind);

    [Fact]
    public void Answer_WordWrittenAsDang_IsNotTheStopWord() =>
        Assert.Contains("Đảng bộ", PlanAnswerer.Answer(Corpus, "thành tích chào mừng Đại hội Đảng").Quote);
}
