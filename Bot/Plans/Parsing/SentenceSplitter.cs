namespace EmulationBot.Plans.Parsing;

/// <summary>Splits a paragraph into sentences and a sentence into clauses (at ';'), as ranges of the original text.</summary>
internal static class SentenceSplitter
{
    private static readonly string[] Abbreviations = ["tp", "kt", "tm", "ts", "ths", "pgs", "gs", "th", "q", "tx", "nxb"];

    public static List<Range> Sentences(string text)
    {
        var result = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next < text.Length && char.IsLower(text[next])) continue;
            Add(text, start, i + 1, result);
            start = next;
        }
        Add(text, start, text.Length, result);
        return result;
    }

    public static List<Range> Clauses(string text, Range sentence)
    {
        var (offset, length) = sentence.GetOffsetAndLength(text.Length);
        var result = new List<Range>();
        var start = offset;
        var depth = 0;
        for (var i = offset; i < offset + length; i++)
        {
            depth += text[i] switch { '(' or '“' => 1, ')' or '”' => -1, _ => 0 };
            if (text[i] != ';' || depth > 0) continue;
            Add(text, start, i + 1, result);
            start = i + 1;
        }
        Add(text, start, offset + length, result);
        return result;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return Abbreviations.Contains(Dates.AlignedFold.Fold(text[start..dot]));
    }

    private static void Add(string text, int start, int end, List<Range> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new Range(start, end));
    }
}
