using EmulationBot.Questions.Text;

namespace EmulationBot.Tests.Questions.Text;

public class StopWordsTests
{
    [Theory]
    [InlineData("dang", "đang")]
    [InlineData("so", "số")]
    [InlineData("ban", "Bạn")]
    [InlineData("dang", "dang")] // typed without diacritics it may be either word: it stays a stop word
    [InlineData("ban", "Ban")]
    public void IsStopSpelling_TheStopWordOrAPlainSpelling_True(string folded, string written) =>
        Assert.True(StopWords.IsStopSpelling(folded, written));

    [Theory]
    [InlineData("dang", "Đảng")]
    [InlineData("so", "Sở")]
    [InlineData("hoi", "hội")]
    [InlineData("de", "đề")]
    public void IsStopSpelling_AnotherWordThatFoldsTheSame_False(string folded, string written) =>
        Assert.False(StopWords.IsStopSpelling(folded, written));

    [Fact]
    public void Unigrams_WordFoldingToAStopWord_KeptOnlyWhenWrittenAsAnotherWord()
    {
        Assert.Contains("dang", Terms.Unigrams(Tokenizer.Tokenize("Ban Chấp hành Trung ương Đảng")));
        Assert.DoesNotContain("dang", Terms.Unigrams(Tokenizer.Tokenize("các đơn vị đang triển khai")));
        Assert.DoesNotContain("dang", Terms.Unigrams(Tokenizer.Tokenize("ban chap hanh trung uong dang")));
    }

    [Fact]
    public void Tokenize_AbbreviationSpelledIntoAStopSyllable_IsNotMarkedAsAWord()
    {
        // "UBND" gives "ban", which is not the word "Ban" written out.
        var ban = Assert.Single(Tokenizer.Tokenize("UBND tỉnh"), t => t.Term == "ban");
        Assert.False(ban.Content);
    }
}
