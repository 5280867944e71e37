using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Retrieval;

public class CueFitTests
{
    private const string Plan = """
        KẾ HOẠCH

        Thi đua chào mừng 30 năm thành lập tỉnh (01/10/1995 - 01/10/2025)

        Thực hiện Kế hoạch số 88/KH-UBND ngày 12/3/2025 của UBND tỉnh, Sở Khoa học và Công nghệ ban hành kế hoạch chào mừng kỷ niệm 30 năm thành lập tỉnh (01/10/1995 - 01/10/2025):

        I. NỘI DUNG

        1. Các đơn vị đăng ký thi đua và gửi bản đăng ký về Văn phòng Sở trước ngày 20/4/2025.

        2. Mỗi đơn vị có ít nhất 02 sáng kiến; thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đổi mới sáng tạo.
        """;

    private static readonly PlanIndex Index = PlanIndex.Build(TestPlans.Plan(Plan));

    private static Segment Find(string start) => Index.Segments.First(s => s.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Evaluate_When_TheDeadlineOfTheThingAskedFits()
    {
        var question = QuestionAnalyzer.Analyze("hạn gửi bản đăng ký là khi nào");
        Assert.Equal(1.0, CueFit.Evaluate(Index, Find("Các đơn vị"), question));
    }

    [Fact]
    public void Evaluate_When_ADeadlineOfSomethingElseDoesNotFit()
    {
        var question = QuestionAnalyzer.Analyze("lễ tuyên dương diễn ra khi nào");
        Assert.Equal(0.0, CueFit.Evaluate(Index, Find("Các đơn vị"), question));
    }

    [Fact]
    public void AnswerDates_CitedDocumentsDate_OnlyWhenTheQuestionNamesTheDocument()
    {
        var segment = Find("Thực hiện");
        var generic = QuestionAnalyzer.Analyze("kế hoạch thực hiện khi nào");
        Assert.Empty(CueFit.AnswerDates(Index, segment, segment.SentenceStart, segment.SentenceEnd, generic));
        var named = QuestionAnalyzer.Analyze("Kế hoạch 88/KH-UBND ký ngày nào");
        var date = Assert.Single(CueFit.AnswerDates(Index, segment, segment.SentenceStart, segment.SentenceEnd, named));
        Assert.EndsWith("12/3/2025", segment.Passage.Text[date.Start..date.End]);
    }

    [Fact]
    public void AnswerDates_Anniversary_OnlyWhenAskedAbout()
    {
        var segment = Index.Segments.First(s => s.Passage.Fact == QaFact.None && s.Dates.Any(d => d.Role == QaDateRole.Anniversary));
        var (start, end) = (segment.SentenceStart, segment.SentenceEnd);
        Assert.Empty(CueFit.AnswerDates(Index, segment, start, end, QuestionAnalyzer.Analyze("hạn chót là ngày nào")));
        Assert.NotEmpty(CueFit.AnswerDates(Index, segment, start, end, QuestionAnalyzer.Analyze("kỷ niệm thành lập tỉnh vào ngày nào")));
    }

    [Fact]
    public void AnswerDates_DayAsked_MonthDoesNotAnswer()
    {
        var plan = TestPlans.PhuYen;
        var segment = plan.Segments.First(s => s.Text.StartsWith("Tổ chức sơ kết", StringComparison.Ordinal));
        Assert.Empty(CueFit.AnswerDates(plan, segment, segment.Start, segment.End, QuestionAnalyzer.Analyze("sơ kết phong trào ngày nào")));
        Assert.Single(CueFit.AnswerDates(plan, segment, segment.Start, segment.End, QuestionAnalyzer.Analyze("sơ kết phong trào tháng nào")));
    }

    [Fact]
    public void Counts_LeaveOutDatesDocumentNumbersAndYears()
    {
        var segment = Find("Mỗi đơn vị");
        var counts = CueFit.Counts(segment, segment.SentenceStart, segment.SentenceEnd, QuestionAnalyzer.Analyze("có bao nhiêu?")).Select(c => segment.Passage.Text[c.Start..c.End]).ToList();
        Assert.Equal(["02"], counts);
    }

    [Fact]
    public void Counts_CountedNoun_MustFollowTheNumber()
    {
        var segment = Find("Mỗi đơn vị");
        Assert.Single(CueFit.Counts(segment, segment.SentenceStart, segment.SentenceEnd, QuestionAnalyzer.Analyze("bao nhiêu sáng kiến")));
        Assert.Empty(CueFit.Counts(segment, segment.SentenceStart, segment.SentenceEnd, QuestionAnalyzer.Analyze("bao nhiêu phòng")));
    }

    [Fact]
    public void Bonus_RecipientsQuestion_FavoursTheRecipientsList()
    {
        var plan = TestPlans.PhuYen;
        var recipients = plan.Segments.Single(s => s.Passage.Fact == QaFact.Recipients);
        var question = QuestionAnalyzer.Analyze("kế hoạch này gửi đến những nơi nào");
        Assert.True(CueFit.Bonus(plan, recipients, question) >= 1);
        Assert.Contains("Ban Thi đua - Khen thưởng tỉnh", recipients.Text);
        Assert.DoesNotContain("Lưu", recipients.Text);
    }

    [Theory]
    [InlineData("Giao Văn phòng Sở theo dõi", "Văn phòng Sở")]
    [InlineData("báo cáo UBND tỉnh trước ngày 5", "UBND tỉnh")]
    [InlineData("trình Hội đồng Thi đua - Khen thưởng Sở xét", "Hội đồng Thi đua - Khen thưởng Sở")]
    [InlineData("Trưởng các phòng chuyên môn quán triệt", "Trưởng các phòng chuyên môn")]
    [InlineData("đẩy mạnh các phong trào thi đua của Ban Thi đua - Khen thưởng tỉnh", "Ban Thi đua - Khen thưởng tỉnh")]
    [InlineData("Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định phương tiện đo", "Chi cục Tiêu chuẩn Đo lường Chất lượng")]
    [InlineData("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ")]
    public void UnitNames_FindOfficesAndBodies(string text, string unit)
    {
        var (start, end) = Assert.Single(UnitNames.Find(text));
        Assert.Equal(unit, text[start..end]);
    }

    [Fact]
    public void DateClause_StartsAfterTheLastAnd()
    {
        const string text = "Xây dựng báo cáo tổng kết và gửi về Văn phòng Sở trong tháng 11/2025.";
        Assert.Equal(text.IndexOf("gửi", StringComparison.Ordinal), DateClause.Start(text, text.IndexOf("tháng", StringComparison.Ordinal)));
    }
}
