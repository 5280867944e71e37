using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Questions.Chat;

/// <summary>"Hỏi về kế hoạch" (the help card's entry): how to ask about the plan, with example questions to tap.</summary>
public sealed class AskHowToCommand(Strings strings) : IBotCommand
{
    public const string CommandName = "qa.howto";

    // Only the whole message: these words also start real questions ("hỏi về kế hoạch thi đua …").
    private static readonly string[] Phrases = ["hoi ve ke hoach", "hoi dap ke hoach", "cach hoi", "ask about the plan", "how to ask", "questions about the plan"];

    public string Name => CommandName;

    public double Match(Utterance utterance) => utterance.IsExactly(Phrases) ? 2.0 * utterance.Syllables.Count : 0;

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var language = session.Language;
        var reply = Activity.CreateMessage(strings.Get(language, "questions.howto.text"));
        reply.SuggestedActions = new SuggestedActions
        {
            Actions = Enumerable.Range(1, 4).Select(i => CardAction.ImBack(strings.Get(language, $"questions.howto.example{i}"))).ToList(),
        };
        return turn.SendActivityAsync(reply, cancellationToken);
    }
}
