using System.Text;
using EmulationBot.Localization;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Retrieval;

public class QuestionAnalyzerTests
{
    [Theory]
    [InlineData("Hạn gửi kế hoạch của đơn vị là khi nào?", QuestionCue.When)]
    [InlineData("han nop bao cao tong ket", QuestionCue.When)]
    [InlineData("báo cáo phải xong bao giờ", QuestionCue.When)]
    [InlineData("tháng nào kiểm tra các phòng?", QuestionCue.When)]
    [InlineData("ai theo dõi phong trào?", QuestionCue.Who)]
    [InlineData("đơn vị nào hướng dẫn tổng kết", QuestionCue.Who)]
    [InlineData("bộ phận nào chịu trách nhiệm", QuestionCue.Who)]
    [InlineData("có bao nhiêu suất khen thưởng", QuestionCue.HowMany)]
    [InlineData("mỗi đơn vị xây dựng mấy điển hình", QuestionCue.HowMany)]
    [InlineData("kế hoạch gửi đến những nơi nào", QuestionCue.Recipients)]
    [InlineData("mục đích của phong trào", QuestionCue.Purpose)]
    [InlineData("ưu tiên những lĩnh vực nào", QuestionCue.List)]
    [InlineData("chủ đề của phong trào là gì", QuestionCue.Definition)]
    [InlineData("when is the report due?", QuestionCue.When)]
    [InlineData("who monitors the movement", QuestionCue.Who)]
    public void Analyze_QuestionWords_GiveTheirCue(string question, QuestionCue cue) =>
        Assert.True(QuestionAnalyzer.Analyze(question).Has(cue), QuestionAnalyzer.Analyze(question).Cues.ToString());

    [Theory]
    [InlineData("những hạn chế của phong trào", QuestionCue.When)]
    [InlineData("máy tính của văn phòng", QuestionCue.HowMany)]
    [InlineData("báo cáo tổng kết gửi cho ai", QuestionCue.Recipients)] // a report's recipients are not the plan's
    public void Analyze_LookAlikeWords_DoNotGiveTheCue(string question, QuestionCue cue) =>
        Assert.False(QuestionAnalyzer.Analyze(question).Has(cue), QuestionAnalyzer.Analyze(question).Cues.ToString());

    [Theory]
    [InlineData("Văn phòng Sở báo cáo bao lâu một lần?")]
    [InlineData("how often does the office report?")]
    public void Analyze_HowOften_AsksHowNotWhen(string question)
    {
        var analyzed = QuestionAnalyzer.Analyze(question);
        Assert.True(analyzed.Has(QuestionCue.How), analyzed.Cues.ToString());
        Assert.False(analyzed.Has(QuestionCue.When | QuestionCue.Period), analyzed.Cues.ToString());
        Assert.DoesNotContain(analyzed.Words, w => w.Term == "lan");
    }

    [Fact]
    public void Analyze_QuestionWords_AreLeftOutOfTheSearch()
    {
        var words = QuestionAnalyzer.Analyze("Hạn nộp báo cáo là khi nào?").Words.Select(w => w.Term).ToList();
        Assert.Equal(["nop", "bao", "cao"], words);
    }

    [Fact]
    public void Analyze_WithAndWithoutDiacriticsAndNfd_ReadTheSame()
    {
        var texts = new[] { "Ai theo dõi phong trào?", "ai theo doi phong trao", "Ai theo dõi phong trào?".Normalize(NormalizationForm.FormD) };
        var read = texts.Select(t => QuestionAnalyzer.Analyze(t)).ToList();
        Assert.All(read, r => Assert.Equal(read[0].Cues, r.Cues));
        Assert.All(read, r => Assert.Equal(read[0].Terms.Select(t => t.Text), r.Terms.Select(t => t.Text)));
    }

    [Fact]
    public void Analyze_Synonyms_AddedAtLowerWeight()
    {
        var terms = QuestionAnalyzer.Analyze("hạn nộp bản đăng ký").Terms;
        Assert.Contains(terms, t => t.Text == "gui" && t.Weight < 1);
        Assert.Contains(terms, t => t.Text == "nop" && t.Weight == 1);
    }

    [Fact]
    public void Analyze_English_TranslatedToThePlansWords()
    {
        var question = QuestionAnalyzer.Analyze("what is the theme of the movement?");
        Assert.Equal(Language.English, question.Language);
        Assert.Contains(question.Terms, t => t.Text == "chu_de");
        Assert.Contains(question.Terms, t => t.Text == "phong_trao");
        Assert.True(question.Has(QuestionCue.Theme));
    }

    [Fact]
    public void Analyze_DocumentNumber_IsRecordedAndCues()
    {
        var question = QuestionAnalyzer.Analyze("kế hoạch 112/KH-UBND ký ngày nào");
        Assert.Equal(["112/kh-ubnd"], question.Documents);
        Assert.True(question.Has(QuestionCue.Document | QuestionCue.When));
        Assert.Equal(EmulationBot.Questions.Corpus.QaDatePrecision.Day, question.AskedPrecision);
    }

    [Fact]
    public void Analyze_HowMany_RemembersWhatIsCounted() =>
        Assert.Equal("dien", QuestionAnalyzer.Analyze("mỗi đơn vị phải có bao nhiêu điển hình").CountedNoun);

    [Theory]
    [InlineData("ở Phú Yên hạn nộp đăng ký là khi nào", "Phú Yên")]
    [InlineData("phu yen: han nop dang ky", "Phú Yên")]
    [InlineData("PY hạn nộp đăng ký?", "Phú Yên")]
    [InlineData("Cao Bằng: ai hướng dẫn xây dựng mô hình", "Cao Bằng")]
    [InlineData("kế hoạch 214/KH-SKHCN có mấy nội dung", "Cao Bằng")]
    public void Analyze_PlanNamed_ByProvinceInitialsOrNumber(string question, string province)
    {
        var analyzed = QuestionAnalyzer.Analyze(question, TestPlans.Corpus.Aliases);
        var id = Assert.Single(analyzed.NamedPlans);
        Assert.Equal(province, TestPlans.Corpus.Find(id)!.Plan.Province);
        Assert.DoesNotContain(analyzed.Words, w => w.Term is "phu" or "yen" or "cao" or "bang" or "py");
    }

    [Fact]
    public void Analyze_CommonInitials_DoNotNameAPlan() =>
        Assert.Empty(QuestionAnalyzer.Analyze("DN được khuyến khích làm gì", TestPlans.Corpus.Aliases).NamedPlans);

    [Fact]
    public void Analyze_PlanVerb_FramesTheQuestion() =>
        Assert.DoesNotContain(QuestionAnalyzer.Analyze("kế hoạch yêu cầu tránh bệnh gì").Words, w => w.Term is "yeu" or "cau");

    [Fact]
    public void Analyze_KnownWord_StandsForItsSyllablesInTheWordUnits()
    {
        var question = QuestionAnalyzer.Analyze("hạn nộp báo cáo tổng kết");
        var units = question.WordUnits.Select(w => w.Term).ToList();
        Assert.Contains("bao_cao", units);
        Assert.Contains("tong_ket", units);
        Assert.DoesNotContain("bao", units);
        Assert.DoesNotContain("cao", units);
        Assert.Contains("bao", question.Words.Select(w => w.Term));
    }

    [Fact]
    public void Analyze_UnknownPairAndLoneSyllable_WordUnitsKeepTheSyllables()
    {
        var question = QuestionAnalyzer.Analyze("nộp xe đạp");
        var units = question.WordUnits.Select(w => w.Term).ToList();
        Assert.Contains("nop", units);
        Assert.All(question.WordUnits.Where(w => w.First is not null), w => Assert.True(w.IsLexical));
        Assert.DoesNotContain(units, u => u == "nop_xe");
    }

    [Fact]
    public void Analyze_KnownWordTwice_OneWordUnit()
    {
        var units = QuestionAnalyzer.Analyze("báo cáo sơ kết và báo cáo tổng kết").WordUnits.Select(w => w.Term).ToList();
        Assert.Single(units, u => u == "bao_cao");
        Assert.Equal(units.Count, units.Distinct().Count());
    }
}
