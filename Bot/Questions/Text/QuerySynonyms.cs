namespace EmulationBot.Questions.Text;

/// <summary>
/// Everyday wordings and the words plans use for the same thing ("nộp" ~ "gửi", "xong" ~ "hoàn thành",
/// "kết thúc" ~ "đến hết"). Applied to questions only: each alternative is searched at a lower weight, and a
/// plan passage holding an alternative counts as covering the user's word.
/// </summary>
public static class QuerySynonyms
{
    public static readonly (string[] Phrase, string[][] Alternatives)[] All = Build(
    [
        ("nop", "gui"),
        ("gui", "nop"),
        ("gui ve", "gui"),
        ("xong", "hoan thanh"),
        ("ket thuc", "den het|het"),
        ("bat dau", "tu ngay"),
        ("keo dai", "thoi gian|den het"),
        ("ra doi", "ban hanh"),
        ("can cu", "thuc hien"),
        ("vai tro", "nhiem vu|trach nhiem"),
        ("nhiem vu", "trach nhiem"),
        ("trach nhiem", "nhiem vu"),
        ("bac ho", "ho chi minh"),
        ("bac", "ho chi minh"),
        ("trang web", "trang thong tin dien tu"),
        ("website", "trang thong tin dien tu"),
        ("tuyen duong", "bieu duong|khen thuong"),
        ("vinh danh", "bieu duong|khen thuong"),
        ("khen", "khen thuong"),
        ("giam sat", "theo doi"),
        ("nhac nho", "don doc"),
        ("quang ba", "tuyen truyen"),
        ("truyen thong", "tuyen truyen"),
        ("dot thi dua", "phong trao thi dua"),
        ("phong trao", "dot thi dua"),
        ("dot", "phong trao|dot thi dua"),
        ("mo hinh", "dien hinh"),
        ("dien hinh", "mo hinh"),
        ("hop", "hoi nghi"),
        ("tong ket", "danh gia"),
        ("danh gia", "tong ket"),
        ("thoi han", "truoc ngay|hoan thanh"),
        ("han nop", "truoc ngay"),
        ("thanh tich", "thanh tich xuat sac"),
        ("cong chuc", "can bo"),
        ("nhan vien", "can bo|nguoi lao dong"),
        ("lanh dao", "giam doc|truong"),
        ("kiem tra", "thanh tra"),
        ("y tuong", "sang kien"),
        ("sang tao", "doi moi sang tao"),
    ]);

    private static (string[], string[][])[] Build((string Phrase, string Alternatives)[] rows) =>
        rows.Select(r => (r.Phrase.Split(' '), r.Alternatives.Split('|').Select(a => a.Split(' ')).ToArray()))
            .Where(r => !r.Item2.All(a => a.SequenceEqual(r.Item1)))
            .ToArray();
}
