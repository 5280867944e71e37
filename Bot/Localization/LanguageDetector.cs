using EmulationBot.Text;

namespace EmulationBot.Localization;

/// <summary>Guesses whether a message is Vietnamese (with or without diacritics) or English; null when it cannot tell.</summary>
public static class LanguageDetector
{
    // Frequent Vietnamese syllables as typed without diacritics, and the bot's own vocabulary.
    private static readonly HashSet<string> VietnameseSyllables = new(StringComparer.Ordinal)
    {
        "toi", "ban", "cua", "la", "khong", "co", "gi", "nao", "han", "nop", "bao", "cao", "dang", "ky", "ki", "huy",
        "tro", "giup", "ke", "hoach", "thi", "dua", "xin", "chao", "cam", "on", "ai", "khi", "ngay", "thang", "nam",
        "don", "vi", "phong", "so", "quay", "lai", "hoi", "duoc", "nhu", "nay", "voi", "cho", "trong", "cac", "nhung",
        "mot", "den", "va", "viec", "chua", "roi", "sap", "toi", "minh", "em", "anh", "chi", "oi", "nhe", "a", "u",
        "vang", "dong", "y", "xac", "nhan", "sua", "xoa", "rut", "danh", "sach", "tong", "ket", "tien", "do", "chi",
        "tieu", "sang", "kien", "dien", "hinh", "tap", "the", "ca", "nhan", "lao", "tien", "si", "khen", "thuong",
        "bao", "gio", "phai", "can", "lam", "sao", "the", "nao", "o", "dau", "van", "thoi", "gian", "moi", "xem",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "what", "is", "are", "when", "how", "who", "which", "my", "help", "deadline", "deadlines", "register",
        "report", "reports", "cancel", "back", "please", "i", "of", "for", "and", "show", "list", "hi", "hello",
        "thanks", "thank", "you", "yes", "plan", "plans", "submit", "due", "next", "me", "about", "where", "why",
        "commitment", "commitments", "start", "stop", "english", "menu", "tell", "can", "do", "does", "this",
        "that", "with", "want", "need", "upcoming", "overdue", "theme", "movement", "unit",
    };

    public static Language? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (VietnameseText.HasVietnameseLetters(text)) return Language.Vietnamese;
        var vi = 0;
        var en = 0;
        foreach (var syllable in VietnameseText.Syllables(VietnameseText.Fold(text)))
        {
            var isVi = VietnameseSyllables.Contains(syllable);
            var isEn = EnglishWords.Contains(syllable);
            if (isVi && !isEn) vi++;
            else if (isEn && !isVi) en++;
        }
        if (vi == en) return null;
        return vi > en ? Language.Vietnamese : Language.English;
    }
}
