using EmulationBot.Questions.Text;

namespace EmulationBot.Tests.Questions.Text;

public class LexiconTests
{
    [Theory]
    [InlineData("ban_hanh")]
    [InlineData("chu_tich")]
    [InlineData("nguoi_dung")] // "người đứng đầu": each pair of a three-syllable word
    [InlineData("dung_dau")]
    [InlineData("noi_dung")]
    [InlineData("tu_ngay")] // "từ ngày": where a period starts
    public void HasPair_PairOfAKnownWord_True(string pair) => Assert.True(Lexicon.HasPair(pair));

    [Theory]
    [InlineData("cua_so")]
    [InlineData("tich_uy")]
    [InlineData("dua_cua")]
    public void HasPair_PairAcrossTwoWords_False(string pair) => Assert.False(Lexicon.HasPair(pair));

    [Fact]
    public void Bigrams_KnownWordOfTwoStopSyllables_IsKept()
    {
        // "nội dung": both "noi" and "dung" are stop words when folded, but together they are a word.
        var bigrams = Terms.Bigrams(Tokenizer.Tokenize("nội dung kế hoạch")).ToList();
        Assert.Contains("noi_dung", bigrams);
        Assert.DoesNotContain("cua_cac", Terms.Bigrams(Tokenizer.Tokenize("của các")));
    }
}
