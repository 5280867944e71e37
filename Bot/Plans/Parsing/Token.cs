using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Parsing;

/// <summary>A word or a punctuation mark of a text, with its folded form and position.</summary>
internal readonly record struct Token(int Start, int End, string Folded, bool IsWord, bool Capitalised)
{
    public static List<Token> Split(string text)
    {
        var folded = AlignedFold.Fold(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '&' || (text[i] is '/' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsDigit(text[start])))) i++;
                tokens.Add(new Token(start, i, folded[start..i], true, char.IsUpper(c)));
                continue;
            }
            tokens.Add(new Token(i, i + 1, folded[i..(i + 1)], false, false));
            i++;
        }
        return tokens;
    }
}
