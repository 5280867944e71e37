using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Answering;

/// <summary>A quote answering the question from one plan, and the section it comes from.</summary>
public sealed record PlanQuote(QaPlan Plan, QaSection Section, string Quote);
