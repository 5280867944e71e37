using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Questions.Answering;
using EmulationBot.Text;

namespace EmulationBot.Questions.Chat;

/// <summary>The answer card's "Hỏi trong kế hoạch …" button: the same question, answered from the plan chosen (which becomes the current one).</summary>
public sealed class AskInPlanCommand(PlanQuestions questions) : IBotCommand
{
    public string Name => AnswerPresenter.AskCommand;

    public double Match(Utterance utterance) => 0;

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var data = CardData.From(turn.Activity.Value);
        var question = data?.GetString("question");
        var plan = data?.GetString("plan");
        if (string.IsNullOrWhiteSpace(question) || plan is null) return;
        session.User.CurrentPlanId = plan;
        var reply = await questions.AskAsync(session, question, plan, cancellationToken);
        await turn.SendActivityAsync(reply.Message, cancellationToken);
    }
}
