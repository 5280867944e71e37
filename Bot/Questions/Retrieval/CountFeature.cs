namespace EmulationBot.Questions.Retrieval;

/// <summary>A count in a passage (position in its text) and the terms just after it ("01 điển hình, mô hình" → "dien", "hinh", "mo", "hinh").</summary>
public sealed record CountFeature(int Start, int End, string[] Next);
