using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Questions.Answering;

namespace EmulationBot.Questions.Chat;

/// <summary>
/// Takes a typed question about the plan before the commands see it, so that a question containing a command's
/// words ("đơn vị nào hướng dẫn …" holds "hướng dẫn") is answered rather than starting that command. It only takes
/// questions it can answer with confidence and leaves short messages that are a command's own words alone.
/// </summary>
public sealed class QuestionInterceptor(PlanQuestions questions, IServiceProvider services) : ITurnInterceptor
{
    /// <summary>After the dialog engine (0): inside a dialog, questions go through <see cref="PlanQuestionAnswerer"/>.</summary>
    public int Order => 50;

    public async Task<bool> TryHandleAsync(TurnContext turn, UserSession session, TurnInput input, CancellationToken cancellationToken)
    {
        var utterance = input.Utterance;
        if (input.Card is not null || utterance.IsEmpty) return false;
        // Resolved late: the router depends on its interceptors.
        var router = services.GetRequiredService<TurnRouter>();
        if (router.FindCommand(utterance) is { } command && command.Match(utterance) >= utterance.Syllables.Count) return false;
        var current = session.User.CurrentPlanId;
        var reply = await questions.AskAsync(session, utterance.Original, null, cancellationToken);
        if (reply.Answer.Kind != AnswerKind.Answered || !reply.Question.LooksLikeQuestion)
        {
            session.User.CurrentPlanId = current;
            return false;
        }
        await turn.SendActivityAsync(reply.Message, cancellationToken);
        return true;
    }
}
