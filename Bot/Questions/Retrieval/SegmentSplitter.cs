namespace EmulationBot.Questions.Retrieval;

/// <summary>Splits a passage into sentences, and a long sentence into its ";" clauses (the plans list many things in one sentence).</summary>
public static class SegmentSplitter
{
    /// <summary>A sentence of at least this many words is split into clauses.</summary>
    public const int LongSentenceWords = 25;

    private const int ShortestClauseWords = 5;

    public static List<(int Start, int End, int SentenceStart, int SentenceEnd)> Split(string text)
    {
        var result = new List<(int, int, int, int)>();
        foreach (var (start, end) in Sentences(text))
        {
            var clauses = WordCount(text, start, end) >= LongSentenceWords ? Clauses(text, start, end) : [(start, end)];
            foreach (var (cs, ce) in clauses) result.Add((cs, ce, start, end));
        }
        return result;
    }

    public static List<(int Start, int End)> Sentences(string text)
    {
        var result = new List<(int, int)>();
        var start = Skip(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || !IsBoundary(text, i)) continue;
            Add(result, text, start, i + 1);
            start = Skip(text, i + 1);
            i = start - 1;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static List<(int, int)> Clauses(string text, int start, int end)
    {
        var result = new List<(int, int)>();
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] != ';') continue;
            if (WordCount(text, from, i) >= ShortestClauseWords && WordCount(text, i + 1, end) >= ShortestClauseWords)
            {
                Add(result, text, from, i + 1);
                from = Skip(text, i + 1);
            }
        }
        Add(result, text, from, end);
        return result;
    }

    /// <summary>A full stop followed by a capital (or the end), and not an abbreviation such as "KT." or "TP.".</summary>
    private static bool IsBoundary(string text, int i)
    {
        var next = Skip(text, i + 1);
        if (next >= text.Length) return true;
        if (next == i + 1 && text[i] == '.') return false; // "4.0", "./."
        var c = text[next];
        if (!(char.IsUpper(c) || c is '“' or '"' or '(' or '-' || char.IsDigit(c))) return false;
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..i];
        return !(word.Length is > 0 and <= 3 && word.All(char.IsUpper));
    }

    private static int Skip(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void Add(List<(int, int)> result, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add((start, end));
    }

    private static int WordCount(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var word = char.IsLetterOrDigit(text[i]);
            if (word && !inWord) count++;
            inWord = word;
        }
        return count;
    }
}
