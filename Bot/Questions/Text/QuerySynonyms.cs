namespace EmulationBot.Questions.Text;

/// <summary>
/// Everyday wordings and the words plans use for the same thing. Groups are equivalent both ways ("nộp" ~ "gửi",
/// "theo dõi" ~ "đôn đốc" ~ "giám sát", "khen thưởng" ~ "biểu dương" ~ "tuyên dương"); one-way rows turn a user's
/// word into the plans' wording only ("Bác" → "Hồ Chí Minh", not back). Applied to questions only: each alternative is
/// searched at a lower weight, and a plan passage holding an alternative counts as covering the user's word.
/// </summary>
public static class QuerySynonyms
{
    private static readonly string[] Groups =
    [
        "nop|gui|gui ve",
        "xong|hoan thanh",
        "ket thuc|den het|het han",
        "bat dau|tu ngay|khoi dong",
        "theo doi|don doc|giam sat|nhac nho",
        "khen thuong|bieu duong|tuyen duong|vinh danh",
        "kiem tra|thanh tra",
        "tuyen truyen|quang ba|truyen thong|pho bien",
        "thanh lap|ra doi",
        "ban hanh|phat hanh",
        "nhiem vu|trach nhiem|vai tro",
        "can bo|cong chuc|nhan vien",
        "mo hinh|dien hinh",
        "hoi nghi|hop|cuoc hop",
        "tong ket|danh gia",
        "khuyen khich|co vu|dong vien",
        "de xuat|de nghi|kien nghi",
        "xem xet|xet|binh xet",
        "y tuong|sang kien",
        "muc dich|muc tieu",
        "website|trang web|trang thong tin dien tu|cong thong tin",
        "dot thi dua|phong trao thi dua|phong trao",
        "lanh dao|giam doc",
        "vien dan|trich dan|dan chieu|can cu",
        "dam bao|bao dam",
        "tieu chi|tieu chuan",
    ];

    private static readonly (string Phrase, string Alternatives)[] OneWay =
    [
        ("dot", "phong trao|dot thi dua"),
        ("keo dai", "thoi gian|den het"),
        // A movement starts when it is launched: "phát động từ ngày 01/4".
        ("bat dau", "phat dong"),
        // Plans head the people a movement is for "Đối tượng": "đối tượng tham gia / áp dụng" is that.
        ("doi tuong tham gia", "doi tuong"),
        ("doi tuong ap dung", "doi tuong"),
        ("ra doi", "ban hanh"),
        ("can cu", "thuc hien|theo"),
        ("vien dan", "thuc hien|theo|nhac"),
        ("bac ho", "ho chi minh"),
        ("bac", "ho chi minh"),
        ("thoi han", "truoc ngay|hoan thanh"),
        ("han nop", "truoc ngay"),
        ("thanh tich", "thanh tich xuat sac"),
        ("nhan vien", "nguoi lao dong"),
        ("lanh dao", "truong"),
        ("sang tao", "doi moi sang tao"),
        ("luu", "luu tru"),
        ("khen", "khen thuong|bieu duong"),
        // Principles are written as what must be ensured: "đảm bảo kịp thời, chính xác, khách quan".
        ("nguyen tac", "dam bao|bao dam"),
    ];

    public static readonly (string[] Phrase, string[][] Alternatives)[] All = Build();

    private static (string[], string[][])[] Build()
    {
        var rows = new List<(string Phrase, string Alternatives)>();
        foreach (var group in Groups)
        {
            var members = group.Split('|');
            foreach (var member in members) rows.Add((member, string.Join('|', members.Where(m => m != member))));
        }
        rows.AddRange(OneWay);
        return rows
            .GroupBy(r => r.Phrase, StringComparer.Ordinal)
            .Select(g => (g.Key.Split(' '), g.SelectMany(r => r.Alternatives.Split('|')).Distinct(StringComparer.Ordinal).Select(a => a.Split(' ')).ToArray()))
            .Where(r => !r.Item2.All(a => a.SequenceEqual(r.Item1)))
            .ToArray();
    }
}
