using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The word a copular question is about: "<b>Chủ tịch</b> UBND tỉnh là ai?", "Ai là <b>thường trực</b> Hội đồng?",
/// "<b>Địa chỉ</b> website của Sở là gì?". A Vietnamese noun phrase starts with its head, so the focus is the first
/// known two-syllable word (<see cref="Lexicon"/>) of the phrase on the other side of "là" from the question word.
/// A passage without it answers a question about something else, however many of the modifiers it shares.
/// </summary>
public static class QuestionFocus
{
    private static readonly HashSet<string> QuestionWordsAfter = new(StringComparer.Ordinal) { "gi", "ai", "bao", "khi", "ngay", "thang", "nam", "o", "dau", "may" };

    /// <summary>Nouns that name a kind of answer rather than a topic ("nhiệm vụ của Trung tâm là gì"): the focus is the word after them.</summary>
    private static readonly HashSet<string> MetaNouns = new(StringComparer.Ordinal)
    {
        "nhiem_vu", "trach_nhiem", "vai_tro", "noi_dung", "yeu_cau", "hinh_thuc", "thoi_gian", "thoi_han", "so_luong", "nguyen_tac", "tieu_chi", "muc_tieu",
    };

    private static readonly HashSet<string> QuestionWordsBefore = new(StringComparer.Ordinal) { "ai", "gi" };

    /// <summary>The focus pair ("chu_tich"), or null when the question has no "là" phrase or no known word in it.</summary>
    public static string? Find(IReadOnlyList<Token> tokens, bool[] used)
    {
        for (var c = 0; c < tokens.Count; c++)
        {
            if (tokens[c].Term != "la") continue;
            if (used[c] || c + 1 < tokens.Count && (used[c + 1] || QuestionWordsAfter.Contains(tokens[c + 1].Term)))
            {
                if (FirstWord(tokens, used, 0, c) is { } subject) return subject;
            }
            if (c > 0 && QuestionWordsBefore.Contains(tokens[c - 1].Term) && FirstWord(tokens, used, c + 1, tokens.Count) is { } complement) return complement;
        }
        return null;
    }

    private static string? FirstWord(IReadOnlyList<Token> tokens, bool[] used, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (used[i - 1] || used[i] || tokens[i].Gap) continue;
            var bigram = Terms.Bigram(tokens[i - 1].Term, tokens[i].Term);
            if (Lexicon.HasPair(bigram) && !MetaNouns.Contains(bigram)) return bigram;
        }
        return null;
    }
}
