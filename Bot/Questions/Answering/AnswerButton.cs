namespace EmulationBot.Questions.Answering;

/// <summary>A button under an answer: open a section, or ask the same question in another plan.</summary>
/// <param name="Command">"qa.section" or "qa.ask".</param>
public sealed record AnswerButton(string Title, string Command, string PlanId, string? SectionId = null, string? Question = null);
