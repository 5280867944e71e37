using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Text;
using Moq;

namespace EmulationBot.Tests.Support;

/// <summary>Plan Q&amp;A stand-ins for dialog tests.</summary>
public static class QuestionAnswerers
{
    /// <summary>Answers <paramref name="reply"/> to messages holding the phrase <paramref name="folded"/> (written without diacritics); declines the rest.</summary>
    public static IQuestionAnswerer Answering(string folded, string reply)
    {
        var answerer = new Mock<IQuestionAnswerer>();
        answerer.Setup(a => a.TryAnswerAsync(It.IsAny<TurnContext>(), It.IsAny<UserSession>(), It.Is<Utterance>(u => u.Contains(folded)), It.IsAny<CancellationToken>()))
            .Returns<TurnContext, UserSession, Utterance, CancellationToken>(async (turn, _, _, ct) =>
            {
                await turn.SendTextAsync(reply, ct);
                return true;
            });
        return answerer.Object;
    }
}
