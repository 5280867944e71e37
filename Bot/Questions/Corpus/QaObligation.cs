namespace EmulationBot.Questions.Corpus;

/// <summary>A dated obligation of the plan: what, who, when (as printed for users), and the sentence it came from.</summary>
public sealed record QaObligation(string What, IReadOnlyList<string> Who, string? Due, string? SectionId, string Source);
