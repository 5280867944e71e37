using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Questions.Answering;
using EmulationBot.Text;

namespace EmulationBot.Questions.Chat;

/// <summary>
/// Answers a plan question asked in the middle of a dialog (the dialog engine then asks its pending question
/// again). Only a confident answer is given: "the plan does not say" would only interrupt the dialog for nothing.
/// </summary>
public sealed class PlanQuestionAnswerer(PlanQuestions questions) : IQuestionAnswerer
{
    public async Task<bool> TryAnswerAsync(TurnContext turn, UserSession session, Utterance question, CancellationToken cancellationToken)
    {
        if (question.IsEmpty) return false;
        var current = session.User.CurrentPlanId;
        var reply = await questions.AskAsync(session, question.Original, null, cancellationToken);
        if (reply.Answer.Kind != AnswerKind.Answered)
        {
            session.User.CurrentPlanId = current;
            return false;
        }
        await turn.SendActivityAsync(reply.Message, cancellationToken);
        return true;
    }
}
