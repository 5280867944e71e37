namespace EmulationBot.Questions.Answering;

/// <summary>Whether the answerer found the answer, found that the plan does not say, or had no plan to ask.</summary>
public enum AnswerKind
{
    Answered,
    NotFound,
    NoPlans,
}
