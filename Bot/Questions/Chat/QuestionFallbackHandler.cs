using EmulationBot.Conversation;
using EmulationBot.Help;
using EmulationBot.Protocol;
using EmulationBot.Questions.Answering;

namespace EmulationBot.Questions.Chat;

/// <summary>
/// What happens to a message nothing else took: a question (a question word or mark) gets the plan's answer or
/// "the plan does not say"; words that match the plan well get the answer; anything else — gibberish, a stale
/// button — gets the polite "I did not understand" of <see cref="FallbackHandler"/>.
/// </summary>
public sealed class QuestionFallbackHandler(PlanQuestions questions, FallbackHandler notUnderstood) : IFallbackHandler
{
    public async Task HandleAsync(TurnContext turn, UserSession session, TurnInput input, CancellationToken cancellationToken)
    {
        if (input.Card is null && !input.Utterance.IsEmpty)
        {
            var current = session.User.CurrentPlanId;
            var reply = await questions.AskAsync(session, input.Utterance.Original, null, cancellationToken);
            if (reply.Answer.Kind == AnswerKind.Answered || reply.Question.LooksLikeQuestion)
            {
                await turn.SendActivityAsync(reply.Message, cancellationToken);
                return;
            }
            session.User.CurrentPlanId = current;
        }
        await notUnderstood.HandleAsync(turn, session, input, cancellationToken);
    }
}
