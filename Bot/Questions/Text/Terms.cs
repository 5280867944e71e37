namespace EmulationBot.Questions.Text;

/// <summary>
/// The index terms of a token sequence: single syllables that are not stop words, and pairs of neighbouring
/// syllables ("ke_hoach", "van_phong") — a Vietnamese word is usually two or three syllables, so pairs carry
/// most of the meaning. A document number also yields its bare number ("791/kh-ubnd" → "791").
/// </summary>
public static class Terms
{
    public const char BigramJoin = '_';

    public static string Bigram(string first, string second) => string.Concat(first, "_", second);

    public static bool IsBigram(string term) => term.Contains(BigramJoin, StringComparison.Ordinal);

    /// <summary>Unigrams of the tokens, in order (stop words left out).</summary>
    public static IEnumerable<string> Unigrams(IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.DocumentNumber)
            {
                yield return token.Term;
                var digits = token.Term.TakeWhile(char.IsAsciiDigit).Count();
                if (digits > 0) yield return token.Term[..digits];
            }
            else if (token.Content || !StopWords.Contains(token.Term)) yield return token.Term;
        }
    }

    /// <summary>Pairs of neighbouring tokens not split by strong punctuation, unless both are stop words and they are no word of the <see cref="Lexicon"/>.</summary>
    public static IEnumerable<string> Bigrams(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var (a, b) = (tokens[i - 1], tokens[i]);
            if (b.Gap || a.Kind == TokenKind.DocumentNumber || b.Kind == TokenKind.DocumentNumber) continue;
            var bigram = Bigram(a.Term, b.Term);
            if (!(StopWords.Contains(a.Term) && StopWords.Contains(b.Term)) || Lexicon.HasPair(bigram)) yield return bigram;
            // "trưởng các phòng" is the plural of "trưởng phòng": the pair is also read across a plural marker.
            if (PluralMarkers.Contains(b.Term) && i + 1 < tokens.Count && !tokens[i + 1].Gap && tokens[i + 1].Kind == TokenKind.Word
                && !StopWords.Contains(a.Term) && !StopWords.Contains(tokens[i + 1].Term))
            {
                yield return Bigram(a.Term, tokens[i + 1].Term);
            }
        }
    }

    private static readonly HashSet<string> PluralMarkers = new(StringComparer.Ordinal) { "cac", "nhung", "moi" };

    public static IEnumerable<string> All(IReadOnlyList<Token> tokens) => Unigrams(tokens).Concat(Bigrams(tokens));
}
