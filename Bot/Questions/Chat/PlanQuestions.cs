using EmulationBot.Conversation;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Chat;

/// <summary>
/// The question answerer as the conversation uses it: answers in the user's language from their current plan
/// (or the one the question names), remembers the plan answered from, and builds the answer card.
/// </summary>
public sealed class PlanQuestions(IQuestionCorpus corpus, AnswerPresenter presenter, CardFactory cards)
{
    public async Task<PlanQuestionReply> AskAsync(UserSession session, string question, string? onlyPlanId, CancellationToken cancellationToken)
    {
        var plans = await corpus.GetAsync(cancellationToken);
        var analyzed = QuestionAnalyzer.Analyze(question, plans.Aliases);
        var answer = PlanAnswerer.Answer(plans, analyzed, session.User.CurrentPlanId, onlyPlanId) with { Language = session.Language };
        if (answer is { Kind: AnswerKind.Answered, Plan: { } plan } && session.User.CurrentPlanId != plan.Id) session.User.CurrentPlanId = plan.Id;
        var view = presenter.Present(answer, question);
        return new PlanQuestionReply(analyzed, answer, cards.Message("qa-answer", session.Language, AnswerCard.Data(view)));
    }
}
