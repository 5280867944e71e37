using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Tests.Questions.Retrieval;

public class QuestionFocusTests
{
    [Theory]
    [InlineData("Ai là Chủ tịch UBND tỉnh?", "chu_tich")]
    [InlineData("Thường trực Hội đồng thi đua là ai?", "thuong_truc")]
    [InlineData("dia chi website cua so la gi", "dia_chi")]
    [InlineData("Những nhiệm vụ của Trung tâm Thông tin là gì?", "trung_tam")] // "nhiệm vụ" names the kind of answer
    [InlineData("Hạn gửi báo cáo là khi nào?", "bao_cao")]
    public void Analyze_CopularQuestion_FocusIsTheHeadWord(string question, string focus) =>
        Assert.Equal(focus, QuestionAnalyzer.Analyze(question).Focus?.Term);

    [Theory]
    [InlineData("Hạn chót là khi nào?")] // only question words before "là"
    [InlineData("ai theo dõi phong trào")]
    [InlineData("Who is the chairman?")]
    public void Analyze_NoHeadWordToFind_NoFocus(string question) => Assert.Null(QuestionAnalyzer.Analyze(question).Focus);

    [Fact]
    public void Analyze_QuotedName_IsRequiredAsItsPairs()
    {
        var quoted = Assert.Single(QuestionAnalyzer.Analyze("Truyền thống “Hai giỏi” là gì?").Quoted);
        Assert.Equal(["hai_gioi"], quoted);
    }

    [Fact]
    public void Analyze_LongQuote_IsOnlySearched() =>
        Assert.Empty(QuestionAnalyzer.Analyze("phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” là gì").Quoted);
}
