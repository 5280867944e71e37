using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Chat;

/// <summary>An answer and the message that carries it.</summary>
public sealed record PlanQuestionReply(AnalyzedQuestion Question, PlanAnswer Answer, Protocol.Activity Message);
