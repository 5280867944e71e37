using System.Text.RegularExpressions;

namespace EmulationBot.Questions.Text;

/// <summary>
/// Splits text into folded syllables, numbers (leading zeros dropped) and whole document numbers
/// ("791/KH-UBND", "05-CT/TW", "54/2019/NQ-HĐND"), and spells out abbreviations (UBND, KHCN, …) on both the
/// plan's side and the question's so that either spelling matches.
/// </summary>
public static partial class Tokenizer
{
    public static List<Token> Tokenize(string? text) => Tokenize(FoldedText.Of(text), expand: true, FoldedText.Nfc(text));

    /// <summary>
    /// Tokens of already folded text (<see cref="FoldedText.Of"/>), whose positions are those of the NFC text. With that
    /// text (<paramref name="nfc"/>), a word that folds to a stop word but is written otherwise is marked <see cref="Token.Content"/>.
    /// </summary>
    public static List<Token> Tokenize(string folded, bool expand, string? nfc = null)
    {
        var tokens = new List<Token>();
        var documents = DocumentNumber().Matches(folded);
        var next = 0;
        var lastEnd = 0;
        for (var i = 0; i < folded.Length;)
        {
            if (next < documents.Count && documents[next].Index == i)
            {
                var m = documents[next++];
                Add(tokens, CanonicalDocument(m.Value), i, i + m.Length, TokenKind.DocumentNumber, folded, ref lastEnd, expand);
                i += m.Length;
                continue;
            }
            if (expand && SlashAbbreviation(folded, i) is { } spelled)
            {
                Add(tokens, spelled[0], i, i + 3, TokenKind.Word, folded, ref lastEnd, expand: false);
                tokens.Add(new Token(spelled[1], i, i + 3, TokenKind.Word, false));
                i += 3;
                while (next < documents.Count && documents[next].Index < i) next++;
                continue;
            }
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
            while (next < documents.Count && documents[next].Index < i) next++;
            var word = folded[start..i];
            var isNumber = word.All(char.IsAsciiDigit);
            Add(tokens, isNumber ? TrimZeros(word) : word, start, i, isNumber ? TokenKind.Number : TokenKind.Word, folded, ref lastEnd, expand);
            if (!isNumber && nfc is { } original && nfc.Length == folded.Length && tokens[^1] is { Start: var s } last && s == start
                && folded.AsSpan(start, i - start).SequenceEqual(last.Term) && StopWords.Contains(last.Term) && !StopWords.IsStopSpelling(last.Term, original.AsSpan(start, i - start)))
            {
                tokens[^1] = last with { Content = true };
            }
        }
        return tokens;
    }

    /// <summary>"b/c" (báo cáo), "t/h" (thực hiện), "p/h" (phối hợp) as written in administrative notes ("Sở Nội vụ (để b/c)").</summary>
    private static string[]? SlashAbbreviation(string folded, int i)
    {
        if (i + 2 >= folded.Length || folded[i + 1] != '/' || !char.IsAsciiLetter(folded[i]) || !char.IsAsciiLetter(folded[i + 2])) return null;
        if (i > 0 && (char.IsLetterOrDigit(folded[i - 1]) || folded[i - 1] == '/')) return null;
        if (i + 3 < folded.Length && (char.IsLetterOrDigit(folded[i + 3]) || folded[i + 3] == '/')) return null;
        return folded.Substring(i, 3) switch
        {
            "b/c" => ["bao", "cao"],
            "t/h" => ["thuc", "hien"],
            "p/h" => ["phoi", "hop"],
            _ => null,
        };
    }

    public static string TrimZeros(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    private static void Add(List<Token> tokens, string term, int start, int end, TokenKind kind, string folded, ref int lastEnd, bool expand)
    {
        var gap = tokens.Count > 0 && HasStrongPunctuation(folded.AsSpan(lastEnd, start - lastEnd));
        lastEnd = end;
        if (expand && kind == TokenKind.Word && Abbreviations.Expand(term) is { } words)
        {
            for (var w = 0; w < words.Length; w++) tokens.Add(new Token(words[w], start, end, TokenKind.Word, gap && w == 0));
            return;
        }
        tokens.Add(new Token(kind == TokenKind.Word ? Spelling(term) : term, start, end, kind, gap));
    }

    /// <summary>"kí"/"ký", "lí"/"lý", "quí"/"quý", "tỉ"/"tỷ", "mĩ"/"mỹ": both spellings are correct Vietnamese; one is kept.</summary>
    private static string Spelling(string term) => term switch
    {
        "ki" => "ky",
        "li" => "ly",
        "qui" => "quy",
        "ti" => "ty",
        "mi" => "my",
        _ => term,
    };

    private static bool HasStrongPunctuation(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (c is '.' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '?' or '!' or '\n') return true;
        }
        return false;
    }

    /// <summary>"05-ct/tw" → "5-ct/tw": the number as people type it.</summary>
    private static string CanonicalDocument(string folded)
    {
        var digits = 0;
        while (digits < folded.Length && char.IsAsciiDigit(folded[digits])) digits++;
        return TrimZeros(folded[..digits]) + folded[digits..];
    }

    // A number, an optional year, then letter groups: 791/kh-ubnd, 05-ct/tw, 54/2019/nq-hdnd, 118/qd-ttg.
    [GeneratedRegex(@"(?<![\w/])\d{1,5}(?:/\d{4})?[/\-][a-z]{1,10}(?:[\-/&][a-z0-9]{1,10}){0,3}(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();
}
