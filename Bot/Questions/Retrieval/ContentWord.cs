using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>A content syllable (or pair) of a question; covered by a segment that holds it or all the terms of one alternative.</summary>
/// <param name="First">For a pair, its first syllable.</param>
/// <param name="Second">For a pair, its second syllable.</param>
public sealed record ContentWord(string Term, IReadOnlyList<string[]> Alternatives, string? First = null, string? Second = null)
{
    /// <summary>
    /// The index terms of each alternative: its syllables that are not stop words and its pairs ("theo dõi" →
    /// "doi", "theo_doi"), since stop words are not indexed alone.
    /// </summary>
    public IReadOnlyList<string[]> AlternativeTerms { get; } = Alternatives
        .Select(a => Terms.All(a.Select(w => new Token(w, 0, 0, TokenKind.Word, false)).ToList()).Distinct(StringComparer.Ordinal).ToArray())
        .Where(t => t.Length > 0)
        .ToArray();

    /// <summary>For a pair: it is (part of) a word of the <see cref="Lexicon"/>, so it counts as a word.</summary>
    public bool IsLexical { get; init; }

    /// <summary>For a syllable: it belongs to a lexicon word of the question, which stands for it.</summary>
    public bool InLexicalWord { get; init; }
}
