using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Conversation;

/// <summary>Answers questions about the published plans (the Q&amp;A feature); lets a dialog take a question and carry on.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers and returns true when confident; returns false (and says nothing) otherwise.</summary>
    Task<bool> TryAnswerAsync(TurnContext turn, UserSession session, Utterance question, CancellationToken cancellationToken);
}
