using EmulationBot.Questions.Text;

namespace EmulationBot.Tests.Questions.Text;

public class TokenizerTests
{
    [Fact]
    public void Tokenize_Sentence_GivesFoldedSyllablesWithPositions()
    {
        const string text = "Hạn nộp: ngày 30/5!";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["han", "nop", "ngay", "30", "5"], tokens.Select(t => t.Term));
        Assert.Equal("nộp", text[tokens[1].Start..tokens[1].End]);
        Assert.True(tokens[2].Gap); // ":" separates "nộp" from "ngày"
        Assert.False(tokens[1].Gap);
    }

    [Fact]
    public void Tokenize_NumbersWithLeadingZeros_AreCanonical() =>
        Assert.Equal(["it", "nhat", "1", "dien", "hinh"], Tokenizer.Tokenize("ít nhất 01 điển hình").Select(t => t.Term));

    [Theory]
    [InlineData("Kế hoạch số 791/KH-UBND ngày 13/5/2022", "791/kh-ubnd")]
    [InlineData("Chỉ thị 05-CT/TW", "5-ct/tw")]
    [InlineData("Nghị quyết số 54/2019/NQ-HĐND", "54/2019/nq-hdnd")]
    [InlineData("Quyết định 118/QĐ-TTg", "118/qd-ttg")]
    public void Tokenize_DocumentNumber_IsOneToken(string text, string number)
    {
        var document = Assert.Single(Tokenizer.Tokenize(text), t => t.Kind == TokenKind.DocumentNumber);
        Assert.Equal(number, document.Term);
    }

    [Fact]
    public void Tokenize_Date_IsNotADocumentNumber() =>
        Assert.DoesNotContain(Tokenizer.Tokenize("trước ngày 30/05/2022"), t => t.Kind == TokenKind.DocumentNumber);

    [Theory]
    [InlineData("UBND tỉnh", "Ủy ban nhân dân tỉnh")]
    [InlineData("Sở KHCN", "Sở khoa học công nghệ")]
    [InlineData("hạn nộp KH", "hạn nộp kế hoạch")]
    [InlineData("VP Sở", "Văn phòng Sở")]
    public void Tokenize_Abbreviation_SpelledOut(string shortForm, string longForm) =>
        Assert.Equal(Tokenizer.Tokenize(longForm).Select(t => t.Term), Tokenizer.Tokenize(shortForm).Select(t => t.Term));

    [Fact]
    public void Unigrams_LeaveOutStopWords_ButBigramsKeepThem()
    {
        var tokens = Tokenizer.Tokenize("theo dõi các phòng của Sở");
        var unigrams = Terms.Unigrams(tokens).ToList();
        Assert.Contains("doi", unigrams);
        Assert.DoesNotContain("theo", unigrams);
        Assert.DoesNotContain("cac", unigrams);
        var bigrams = Terms.Bigrams(tokens).ToList();
        Assert.Contains("theo_doi", bigrams);
        Assert.Contains("cac_phong", bigrams);
        Assert.DoesNotContain("cua_so", bigrams); // both stop words: no pair
    }

    [Fact]
    public void Bigrams_DoNotCrossStrongPunctuation() =>
        Assert.DoesNotContain("tinh_ban", Terms.Bigrams(Tokenizer.Tokenize("UBND tỉnh; Ban Thi đua")));

    [Fact]
    public void Unigrams_DocumentNumber_AlsoGivesItsNumber() =>
        Assert.Equal(["791/kh-ubnd", "791"], Terms.Unigrams(Tokenizer.Tokenize("791/KH-UBND")));

    [Theory]
    [InlineData("cua")]
    [InlineData("va")]
    [InlineData("the")]
    [InlineData("nhung")]
    public void StopWords_FunctionWords_AreStopWords(string word) => Assert.True(StopWords.Contains(word));

    [Theory]
    [InlineData("van")] // văn phòng, văn bản
    [InlineData("minh")] // Hồ Chí Minh
    [InlineData("han")]
    public void StopWords_ContentSyllables_AreNot(string word) => Assert.False(StopWords.Contains(word));

    [Theory]
    [InlineData("Sở Nội vụ (để b/c)", "bao cao")]
    [InlineData("gửi để t/h", "thuc hien")]
    public void Tokenize_SlashAbbreviation_SpelledOut(string text, string words) =>
        Assert.Contains(words, string.Join(' ', Tokenizer.Tokenize(text).Select(t => t.Term)));

    [Fact]
    public void Tokenize_SlashBetweenLongerWords_IsNotAnAbbreviation() =>
        Assert.DoesNotContain("bao", Tokenizer.Tokenize("km/h và ab/cd").Select(t => t.Term));

    [Theory]
    [InlineData("kí kế hoạch", "ký kế hoạch")]
    [InlineData("lí do", "lý do")]
    [InlineData("qui định", "quy định")]
    public void Tokenize_IOrYSpelling_ReadsTheSame(string one, string other) =>
        Assert.Equal(Tokenizer.Tokenize(other).Select(t => t.Term), Tokenizer.Tokenize(one).Select(t => t.Term));

    [Fact]
    public void Bigrams_AcrossAPluralMarker_AlsoPairTheNounWords()
    {
        var bigrams = Terms.Bigrams(Tokenizer.Tokenize("Trưởng các phòng chuyên môn")).ToList();
        Assert.Contains("truong_phong", bigrams);
        Assert.Contains("truong_cac", bigrams);
    }
}
