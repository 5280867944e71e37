using System.Collections.Frozen;

namespace EmulationBot.Questions.Text;

/// <summary>
/// Folded Vietnamese (and English) function words that carry no topic on their own. They are dropped as single
/// terms but kept inside two-syllable terms, because folding makes many of them ambiguous: "de" is "để" and also
/// the first half of "đề xuất", "trong" is also "trọng tâm", "co" is also "cơ quan".
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
}
