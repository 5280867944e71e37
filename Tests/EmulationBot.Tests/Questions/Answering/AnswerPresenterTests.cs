using EmulationBot.Localization;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Chat;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Answering;

public class AnswerPresenterTests
{
    private static readonly AnswerPresenter Presenter = new(new Strings());

    private const string BothPlans = "hạn gửi báo cáo tổng kết là khi nào?";

    [Fact]
    public void Present_OtherPlansAnswer_EachPlanNamedWithItsQuoteAndSource()
    {
        var view = Presenter.Present(PlanAnswerer.Answer(TestPlans.Corpus, BothPlans), BothPlans);
        var also = Assert.Single(view.Also);
        Assert.StartsWith("Theo kế hoạch của Sở KHCN ", also.Header, StringComparison.Ordinal);
        Assert.StartsWith("Nguồn: Mục ", also.Source, StringComparison.Ordinal);
        var text = view.ToPlainText();
        Assert.Contains("05/12/2023", text);
        Assert.Contains("20/11/2024", text);
        Assert.True(text.IndexOf(also.Quote, StringComparison.Ordinal) < text.IndexOf('['), "the other plan's answer comes before the buttons");
    }

    [Fact]
    public void Data_OtherPlansAnswer_GoesToTheCardsRepeatedBlock()
    {
        var data = AnswerCard.Data(Presenter.Present(PlanAnswerer.Answer(TestPlans.Corpus, BothPlans), BothPlans));
        var also = Assert.Single(data["also"]!.AsArray());
        Assert.NotNull(also!["quote"]);
        Assert.NotNull(also["source"]);
    }

    [Fact]
    public void Data_OnePlanAnswers_NoRepeatedBlock()
    {
        const string question = "hạn nộp bản đăng ký thi đua?";
        var data = AnswerCard.Data(Presenter.Present(PlanAnswerer.Answer(TestPlans.Corpus, question), question));
        Assert.Empty(data["also"]!.AsArray());
    }
}
