using EmulationBot.Questions.Text;

namespace EmulationBot.Tests.Questions.Text;

public class EnglishTermsTests
{
    [Theory]
    [InlineData("inspected", "kiem tra")]
    [InlineData("directives", "chi thi")]
    [InlineData("prioritises", "uu tien")]
    [InlineData("organising", "to chuc")]
    [InlineData("activities", null)]
    [InlineData("policies", null)]
    public void Translate_InflectedForm_FallsBackToItsStem(string word, string? expected) => Assert.Equal(expected, EnglishTerms.Translate(word));

    [Theory]
    [InlineData("cited")]
    [InlineData("called")]
    [InlineData("given")]
    public void Translate_WordThatOnlyFramesTheQuestion_IsEmpty(string word) => Assert.Equal("", EnglishTerms.Translate(word));

    [Fact]
    public void Translate_ShortWord_IsNotStripped() => Assert.Null(EnglishTerms.Translate("bus"));
}
