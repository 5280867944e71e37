using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Tests.Questions.Retrieval;

public class DocumentMentionsTests
{
    [Theory]
    [InlineData("KH 461 ban hành ngày nào", "461")]
    [InlineData("quyết định số 118 về việc gì", "118")]
    [InlineData("NQ 27 nói gì", "27")]
    [InlineData("Chỉ thị 05-CT/TW ra đời khi nào", "5-ct/tw")]
    public void Analyze_DocumentNamed_IsRecordedAndCues(string question, string document)
    {
        var analyzed = QuestionAnalyzer.Analyze(question);
        Assert.Equal([document], analyzed.Documents);
        Assert.True(analyzed.Has(QuestionCue.Document));
    }

    [Theory]
    [InlineData("Kế hoạch 05 năm giai đoạn nào?")]
    [InlineData("mỗi đơn vị làm 2 mô hình")]
    public void Analyze_NumberThatIsNoDocument_NotRecorded(string question) => Assert.Empty(QuestionAnalyzer.Analyze(question).Documents);

    [Theory]
    [InlineData("461", "461/kh-ubnd", true)]
    [InlineData("5", "5-ct/tw", true)]
    [InlineData("461/kh-ubnd", "461/kh-ubnd", true)]
    [InlineData("46", "461/kh-ubnd", false)]
    [InlineData("118", "1180/qd-ttg", false)]
    public void Matches_BareNumber_NamesTheDocumentsWithIt(string asked, string cited, bool expected) =>
        Assert.Equal(expected, DocumentMentions.Matches(asked, cited));

    [Fact]
    public void Analyze_DocumentDateAsked_VerbIsNotATopic()
    {
        var analyzed = QuestionAnalyzer.Analyze("KH 461 ban hành ngày nào");
        Assert.DoesNotContain(analyzed.Pairs, p => p.Term == "ban_hanh");
        Assert.False(analyzed.Has(QuestionCue.Issued)); // the date of KH 461, not of the plan
    }
}
