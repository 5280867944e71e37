namespace EmulationBot.Questions.Retrieval;

/// <summary>A count in a passage (position in its text), the terms just after it ("01 điển hình, mô hình" → "dien", "hinh", "mo", "hinh") and the term just before it ("khóa XII" → "khoa").</summary>
public sealed record CountFeature(int Start, int End, string[] Next, string? Before = null);
