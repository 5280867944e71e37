using System.Collections.Frozen;

namespace EmulationBot.Questions.Text;

/// <summary>
/// Folded Vietnamese (and English) function words that carry no topic on their own. They are dropped as single
/// terms but kept inside two-syllable terms, because folding makes many of them ambiguous: "de" is "để" and also
/// the first half of "đề xuất", "trong" is also "trọng tâm", "co" is also "cơ quan". Where the diacritics are there
/// to tell, only the stop word's own spelling is dropped (<see cref="IsStopSpelling"/>).
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // Vietnamese
        "va", "voi", "cua", "cac", "nhung", "nhu", "mot", "la", "cho", "de", "ve", "o", "tai", "trong", "theo", "tu",
        "den", "tren", "duoi", "sau", "truoc", "da", "dang", "se", "duoc", "bi", "co", "khong", "nay", "do", "ay", "kia",
        "cung", "rat", "hon", "qua", "ma", "neu", "vi", "nen", "hay", "hoac", "the", "nao", "gi", "ai", "dau", "sao",
        "toi", "ban", "a", "u", "nhe", "oi", "vay", "roi", "chua", "phai", "can", "xin", "biet", "muon", "hoi", "ra",
        "vao", "len", "khi", "luc", "thi", "moi", "tung", "chi", "con", "cu", "them", "ngoai", "giua", "tat",
        "ca", "nhieu", "it", "gio", "hom", "ngay", "thang", "nam", "so", "nguoi", "viec", "noi", "dung", "lam",
        // English
        "the", "an", "of", "is", "are", "was", "were", "what", "when", "who", "whom", "which", "how", "why", "where", "to",
        "in", "for", "on", "does", "do", "did", "this", "that", "these", "those", "by", "with", "about", "according",
        "be", "it", "its", "there", "any", "say", "says", "tell", "me", "i", "you", "please", "should", "must", "will",
        "would", "can", "has", "have", "our", "my", "from", "at", "as", "and", "or", "s", "many", "much", "their", "own",
        "they", "them", "his", "her", "we", "us", "your", "all", "each", "every", "some", "than", "then", "if", "not", "no",
        "yes", "up", "out", "into", "over", "also", "just", "only", "very", "more", "most", "been", "being", "get", "got",
        "under", "within", "regarding", "concerning", "per", "via", "ones", "thing", "things",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string folded) => Words.Contains(folded);

    /// <summary>
    /// True when a token that folds to a stop word is written as that stop word: "đang", "số", "bạn", or any plain
    /// spelling (typed without diacritics, it may be either). False for a word that only folds like one — "Đảng",
    /// "Sở", "hội", "cơ", "đề" — which is then a word of its own, searched like any other.
    /// </summary>
    public static bool IsStopSpelling(string folded, ReadOnlySpan<char> original)
    {
        if (!Words.Contains(folded)) return false;
        Span<char> lower = stackalloc char[original.Length];
        original.ToLowerInvariant(lower);
        if (lower.SequenceEqual(folded)) return true;
        return Spellings.TryGetValue(folded, out var spellings) && spellings.Contains(lower.ToString());
    }

    /// <summary>The written forms of the Vietnamese stop words, by folded form (the plain spelling is always one).</summary>
    private static readonly FrozenDictionary<string, string[]> Spellings = new Dictionary<string, string>
    {
        ["va"] = "và", ["voi"] = "với", ["cua"] = "của", ["cac"] = "các", ["nhung"] = "những nhưng", ["nhu"] = "như", ["mot"] = "một",
        ["la"] = "là", ["de"] = "để", ["ve"] = "về", ["o"] = "ở", ["tai"] = "tại", ["tu"] = "từ", ["den"] = "đến", ["tren"] = "trên",
        ["duoi"] = "dưới", ["truoc"] = "trước", ["da"] = "đã", ["dang"] = "đang", ["se"] = "sẽ", ["duoc"] = "được", ["bi"] = "bị",
        ["co"] = "có", ["khong"] = "không", ["nay"] = "này", ["do"] = "đó", ["ay"] = "ấy", ["cung"] = "cũng cùng", ["rat"] = "rất",
        ["hon"] = "hơn", ["qua"] = "quá", ["ma"] = "mà", ["neu"] = "nếu", ["vi"] = "vì", ["nen"] = "nên", ["hay"] = "hãy",
        ["hoac"] = "hoặc", ["the"] = "thế thể", ["nao"] = "nào", ["gi"] = "gì", ["dau"] = "đâu", ["toi"] = "tôi tới", ["ban"] = "bạn",
        ["a"] = "à ạ", ["u"] = "ừ", ["nhe"] = "nhé", ["oi"] = "ơi", ["vay"] = "vậy", ["roi"] = "rồi", ["chua"] = "chưa", ["phai"] = "phải",
        ["can"] = "cần", ["biet"] = "biết", ["muon"] = "muốn", ["hoi"] = "hỏi", ["vao"] = "vào", ["len"] = "lên", ["luc"] = "lúc",
        ["thi"] = "thì", ["moi"] = "mỗi mọi mới", ["tung"] = "từng", ["chi"] = "chỉ", ["con"] = "còn", ["cu"] = "cứ", ["them"] = "thêm",
        ["ngoai"] = "ngoài", ["giua"] = "giữa", ["tat"] = "tất", ["ca"] = "cả", ["nhieu"] = "nhiều", ["it"] = "ít", ["gio"] = "giờ",
        ["hom"] = "hôm", ["ngay"] = "ngày", ["thang"] = "tháng", ["nam"] = "năm", ["so"] = "số", ["nguoi"] = "người", ["viec"] = "việc",
        ["noi"] = "nói nơi", ["dung"] = "dùng đúng", ["lam"] = "làm",
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Split(' '), StringComparer.Ordinal);
}
