namespace EmulationBot.Questions.Retrieval;

/// <summary>What <see cref="CueDetector"/> read in a question.</summary>
/// <param name="CountedAt">The index of the token after "bao nhiêu" / "mấy" / "how many" (the thing counted), else -1.</param>
/// <param name="Ordinal">For "khóa mấy" / "lần thứ mấy": the word the asked ordinal follows in the plan ("khoa"), else null.</param>
public readonly record struct CueReading(QuestionCue Cues, int CountedAt, string? Ordinal);
