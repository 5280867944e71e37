namespace EmulationBot.Questions.Retrieval;

/// <summary>A content syllable (or pair) of a question; covered by a segment that holds it or all the words of one alternative.</summary>
/// <param name="First">For a pair, its first syllable.</param>
/// <param name="Second">For a pair, its second syllable.</param>
public sealed record ContentWord(string Term, IReadOnlyList<string[]> Alternatives, string? First = null, string? Second = null);
