namespace EmulationBot.Questions.Retrieval;

/// <summary>A count in a passage (position in its text) and the two terms after it ("01 điển hình" → "dien", "hinh").</summary>
public sealed record CountFeature(int Start, int End, string[] Next);
