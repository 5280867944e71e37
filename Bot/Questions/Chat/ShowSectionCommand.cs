using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Corpus;
using EmulationBot.Text;

namespace EmulationBot.Questions.Chat;

/// <summary>The answer card's "Xem toàn bộ Mục …" button: shows the whole section the answer came from.</summary>
public sealed class ShowSectionCommand(IQuestionCorpus corpus, CardFactory cards, Strings strings) : IBotCommand
{
    public string Name => AnswerPresenter.SectionCommand;

    public double Match(Utterance utterance) => 0;

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var data = CardData.From(turn.Activity.Value);
        var plans = await corpus.GetAsync(cancellationToken);
        var plan = plans.Find(data?.GetString("plan"))?.Plan;
        var section = plan?.FindSection(data?.GetString("section") ?? "");
        if (plan is null || section is null)
        {
            await turn.SendTextAsync(strings.Get(session.Language, "questions.section.gone"), cancellationToken);
            return;
        }
        if (session.User.CurrentPlanId != plan.Id) session.User.CurrentPlanId = plan.Id;
        var label = strings.Get(session.Language, "questions.section.of", plan.Name);
        await turn.SendActivityAsync(cards.Message("qa-section", session.Language, SectionCard.Data(plan, section, label, session.Language)), cancellationToken);
    }
}
