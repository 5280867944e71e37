using System.Text.RegularExpressions;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The names a question quotes ("truyền thống “Hai giỏi” là gì?"), each as the index terms a passage must hold to be
/// about it: its syllable pairs, or its one syllable. A long quote is likely loose and is only searched.
/// </summary>
public static partial class QuotedNames
{
    public const int LongestRequired = 6;

    public static List<string[]> Find(string nfc)
    {
        var names = new List<string[]>();
        foreach (Match m in Quoted().Matches(nfc))
        {
            var tokens = Tokenizer.Tokenize(m.Groups[1].Value);
            if (tokens.Count is 0 or > LongestRequired) continue;
            var terms = tokens.Count == 1 ? Terms.Unigrams(tokens).ToArray() : Terms.Bigrams(tokens).ToArray();
            if (terms.Length == 0) terms = Terms.Unigrams(tokens).ToArray();
            if (terms.Length > 0) names.Add(terms);
        }
        return names;
    }

    [GeneratedRegex(@"[“""«]([^“”""«»]{2,80})[”""»]")]
    private static partial Regex Quoted();
}
