using EmulationBot.Questions.Text;
using EmulationBot.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// Question words that need their neighbours: "hạn" (but not "hạn chế"), "mấy" (only with its diacritics or
/// before a noun: folded it is also "máy"), "khóa mấy" / "lần thứ mấy" (an ordinal), "những … nào" (a list),
/// "chỉ thị / quyết định … nào" (a document, whose type stays a word to search), "lưu" (where the plan is filed).
/// </summary>
public static class NeighbourCues
{
    /// <summary>"những phong trào thi đua cụ thể nào": how far "nào" may follow "những".</summary>
    private const int ListWindow = 7;

    public static CueReading Detect(string nfc, IReadOnlyList<Token> tokens, bool[] used)
    {
        var cues = QuestionCue.None;
        var countedAt = -1;
        string? ordinal = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = tokens[i].Term;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Term : null;
            var previous = i > 0 ? tokens[i - 1].Term : null;
            if (term == "nao" && i > 1 && DocumentTypes.Contains(tokens[i - 2].Term + " " + previous))
            {
                cues |= QuestionCue.Document;
                used[i] = true;
                // "văn bản nào" names no type: the passage need not say "văn bản".
                if (previous == "ban" && tokens[i - 2].Term == "van") used[i - 1] = used[i - 2] = true;
            }
            if (used[i]) continue;
            if (term == "han" && next is not ("che" or "quoc"))
            {
                cues |= QuestionCue.When;
                used[i] = true;
            }
            else if (term is "may" or "nao" && previous is { } noun && OrdinalNouns.Contains(noun) && (term == "nao" || IsMay(nfc, tokens, i, ordinal: true)))
            {
                cues |= QuestionCue.HowMany;
                used[i] = true;
                ordinal = noun;
            }
            else if (term == "may" && IsMay(nfc, tokens, i, ordinal: false))
            {
                cues |= QuestionCue.HowMany;
                used[i] = true;
                countedAt = i + 1;
            }
            else if (term == "nhung" && ListEnd(tokens, i) is var nao and > 0)
            {
                cues |= QuestionCue.List;
                used[i] = true;
                used[nao] = true;
            }
            else if (term == "luu" && previous != "giao" && next is not ("y" or "dong" or "thong" or "luong" or "vuc" or "hanh"))
            {
                cues |= QuestionCue.Archive;
            }
        }
        return new CueReading(cues, countedAt, ordinal);
    }

    /// <summary>The "nào" closing "những …" within a few words and without punctuation between, else -1.</summary>
    private static int ListEnd(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start + 1; k < tokens.Count && k - start <= ListWindow; k++)
        {
            if (tokens[k].Gap) return -1;
            if (tokens[k].Term == "nao") return k;
        }
        return -1;
    }

    /// <summary>"mấy" (how many), not "máy" (machine): as typed with diacritics, or without them when a noun follows that is not a machine's (or an ordinal's noun comes before).</summary>
    private static bool IsMay(string nfc, IReadOnlyList<Token> tokens, int i, bool ordinal)
    {
        if (nfc.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).Equals("mấy", StringComparison.OrdinalIgnoreCase)) return true;
        if (VietnameseText.HasVietnameseLetters(nfc) && !ordinal) return false;
        return ordinal || (i + 1 < tokens.Count && !Machines.Contains(tokens[i + 1].Term));
    }

    private static readonly HashSet<string> Machines = new(StringComparer.Ordinal) { "tinh", "moc", "in", "bay", "chu", "phat", "lanh", "dieu", "anh", "quay", "chieu", "chay", "hat", "giat", "xuc", "cay" };

    /// <summary>"khóa XII", "lần thứ XII": nouns an ordinal follows.</summary>
    private static readonly HashSet<string> OrdinalNouns = new(StringComparer.Ordinal) { "khoa", "thu" };

    private static readonly HashSet<string> DocumentTypes = new(StringComparer.Ordinal)
    {
        "van ban", "nghi quyet", "chi thi", "quyet dinh", "ket luan", "thong tu", "nghi dinh", "cong van", "de an", "chien luoc", "chuong trinh",
    };
}
