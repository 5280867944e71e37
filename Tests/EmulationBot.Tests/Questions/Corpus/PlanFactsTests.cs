using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Corpus;

public class PlanFactsTests
{
    [Fact]
    public void With_FilingLine_BecomesAnArchiveFactWithTheCodesSpelledOut()
    {
        var archive = TestPlans.CaoBang.Plan.Sections.SelectMany(s => s.Passages).Single(p => p.Fact == QaFact.Archive);
        Assert.Contains("VT: Văn thư", archive.Text);
        var recipients = TestPlans.CaoBang.Plan.Sections.SelectMany(s => s.Passages).Single(p => p.Fact == QaFact.Recipients);
        Assert.DoesNotContain("Lưu", recipients.Text);
    }

    [Theory]
    [InlineData("Cao Bằng: kế hoạch lưu tại đâu?")]
    [InlineData("cao bang ban luu ke hoach de o dau")]
    public void Answer_WhereFiled_GivesTheArchiveFact(string question)
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, question);
        Assert.Contains("Văn thư", answer.Quote);
        Assert.True(answer.Section!.IsClosing);
    }

    [Theory]
    [InlineData("Kế hoạch của Cao Bằng ban hành ngày nào?", "10/04/2023")]
    [InlineData("cao bang: ke hoach ky thang may", "10/04/2023")]
    public void Answer_WhenIssued_GivesTheIssueDate(string question, string date)
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, question);
        Assert.Contains(date, answer.Quote);
        Assert.True(answer.Section!.IsPreamble);
    }

    [Fact]
    public void Answer_DateOfACitedDocument_NotTheIssueDate() =>
        Assert.Contains("28/3/2023", PlanAnswerer.Answer(TestPlans.Corpus, "Cao Bằng: KH 730 ban hành ngày nào?").Quote);

    [Fact]
    public void Answer_PlanNumberAsked_GivesTheNumberFact() =>
        Assert.Contains("214/KH-SKHCN", PlanAnswerer.Answer(TestPlans.Corpus, "Cao Bằng: số, ký hiệu của kế hoạch là gì?").Quote);
}
