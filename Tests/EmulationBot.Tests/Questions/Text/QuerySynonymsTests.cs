using EmulationBot.Questions.Text;

namespace EmulationBot.Tests.Questions.Text;

public class QuerySynonymsTests
{
    private static IEnumerable<string> AlternativesOf(string phrase) =>
        QuerySynonyms.All.Where(r => string.Join(' ', r.Phrase) == phrase).SelectMany(r => r.Alternatives).Select(a => string.Join(' ', a));

    [Theory]
    [InlineData("kiem tra", "thanh tra")]
    [InlineData("thanh tra", "kiem tra")]
    [InlineData("theo doi", "giam sat")]
    [InlineData("giam sat", "don doc")]
    [InlineData("khen thuong", "tuyen duong")]
    [InlineData("bieu duong", "khen thuong")]
    [InlineData("nop", "gui")]
    [InlineData("gui", "nop")]
    public void All_Group_WorksBothWays(string word, string alternative) => Assert.Contains(alternative, AlternativesOf(word));

    [Fact]
    public void All_OneWayRow_DoesNotWorkBack()
    {
        Assert.Contains("ho chi minh", AlternativesOf("bac"));
        Assert.Empty(AlternativesOf("ho chi minh"));
    }

    [Theory]
    [InlineData("bat dau", "phat dong")]
    [InlineData("bat dau", "tu ngay")]
    [InlineData("doi tuong tham gia", "doi tuong")]
    public void All_PlanWording_IsAnAlternative(string phrase, string alternative) => Assert.Contains(alternative, AlternativesOf(phrase));

    [Fact]
    public void All_NoPhraseIsItsOwnAlternative() =>
        Assert.All(QuerySynonyms.All, r => Assert.DoesNotContain(r.Alternatives, a => a.SequenceEqual(r.Phrase)));
}
