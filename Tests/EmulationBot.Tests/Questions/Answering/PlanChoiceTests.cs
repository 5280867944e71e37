using EmulationBot.Questions.Answering;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Answering;

public class PlanChoiceTests
{
    private static readonly string PhuYen = TestPlans.PhuYen.Plan.Id;
    private static readonly string CaoBang = TestPlans.CaoBang.Plan.Id;

    [Fact]
    public void Answer_PlanNamed_AnswersFromThatPlan()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "Cao Bằng: hạn gửi báo cáo tổng kết là khi nào?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(CaoBang, answer.Plan!.Id);
        Assert.Contains("05/12/2023**", answer.Quote);
        Assert.Empty(answer.OtherPlans);
    }

    [Fact]
    public void Answer_NoPlanNamed_UsesTheCurrentPlan()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "hạn gửi báo cáo tổng kết là khi nào?", currentPlanId: CaoBang);
        Assert.Equal(CaoBang, answer.Plan!.Id);
        Assert.True(answer.FromCurrentPlan);
        Assert.Contains("05/12/2023", answer.Quote);
    }

    [Fact]
    public void Answer_NoPlanNamedNorCurrent_BestMatchNamed_OthersOffered()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "hạn gửi báo cáo tổng kết là khi nào?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.NotNull(answer.Plan);
        var other = Assert.Single(answer.OtherPlans);
        Assert.NotEqual(answer.Plan!.Id, other.Id);
    }

    [Fact]
    public void Answer_OnlyOnePlanSaysIt_ThatPlanAnswers_NothingElseOffered()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "hạn nộp bản đăng ký thi đua?");
        Assert.Equal(PhuYen, answer.Plan!.Id);
        Assert.Contains("10/3/2024", answer.Quote);
        Assert.Empty(answer.OtherPlans);
    }

    [Fact]
    public void Answer_NamedPlanDoesNotSayIt_NotFound_NoDateBorrowedFromTheOther()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "Cao Bằng: hạn nộp bản đăng ký thi đua là ngày nào?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Equal(CaoBang, answer.Plan!.Id);
        Assert.DoesNotContain("10/3/2024", answer.Quote);
    }

    [Fact]
    public void Answer_CurrentPlanDoesNotSayIt_OtherPlanAnswersAndIsNamed()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "hạn nộp bản đăng ký thi đua?", currentPlanId: CaoBang);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(PhuYen, answer.Plan!.Id);
        Assert.False(answer.FromCurrentPlan);
    }

    [Fact]
    public void Answer_OnlyPlan_RestrictsToIt()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "hạn gửi báo cáo tổng kết là khi nào?", onlyPlanId: PhuYen);
        Assert.Equal(PhuYen, answer.Plan!.Id);
        Assert.Contains("20/11/2024", answer.Quote);
    }

    [Fact]
    public void Answer_NoPlanNamedAndBothAnswer_TheOtherPlansAnswerIsShownToo()
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, "hạn gửi báo cáo tổng kết là khi nào?");
        var also = Assert.Single(answer.AlsoFrom);
        Assert.NotEqual(answer.Plan!.Id, also.Plan.Id);
        var dates = new[] { answer.Quote, also.Quote };
        Assert.Contains(dates, q => q.Contains("05/12/2023", StringComparison.Ordinal));
        Assert.Contains(dates, q => q.Contains("20/11/2024", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cao Bằng: hạn gửi báo cáo tổng kết là khi nào?", null)]
    [InlineData("hạn gửi báo cáo tổng kết là khi nào?", "current")]
    public void Answer_PlanNamedOrCurrent_OnlyThatPlansAnswer(string question, string? current)
    {
        var answer = PlanAnswerer.Answer(TestPlans.Corpus, question, currentPlanId: current is null ? null : CaoBang);
        Assert.Equal(CaoBang, answer.Plan!.Id);
        Assert.Empty(answer.AlsoFrom);
    }

    [Fact]
    public void Answer_OnlyOnePlanSaysIt_NoOtherAnswerShown() =>
        Assert.Empty(PlanAnswerer.Answer(TestPlans.Corpus, "hạn nộp bản đăng ký thi đua?").AlsoFrom);
}
