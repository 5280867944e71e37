using System.Collections.Frozen;

namespace EmulationBot.Questions.Text;

/// <summary>
/// Multi-syllable words of administrative Vietnamese, folded. Folding makes their syllables ambiguous ("ban" is
/// "bạn" and the "ban" of "ban hành", "dung" is "dùng" and the "dung" of "nội dung"), and scattered syllables are
/// no evidence of the word ("chủ" of "chủ đề" and "tích" of "thành tích" are not "chủ tịch"). A question's word
/// listed here is matched as one unit: its syllable pairs count even when each syllable alone is a stop word, and
/// its syllables count only through those pairs.
/// </summary>
public static class Lexicon
{
    private static readonly string[] Words =
    [
        // Bodies, posts and people
        "ban hanh", "ban chap hanh", "ban bi thu", "ban thuong vu", "bo chinh tri", "chu tich", "pho chu tich", "thuong truc", "chu de", "khau hieu", "phuong cham", "tinh than", "truyen thong", "y nghia", "gia tri",
        "hoi dong", "hoi nghi", "uy ban", "nhan dan", "giam doc", "pho giam doc", "truong phong", "van phong", "van thu",
        "co quan", "don vi", "to chuc", "doan the", "cong doan", "doan thanh nien", "chi bo", "dang uy", "tinh uy", "cap uy",
        "chinh quyen", "nguoi dung dau", "thu truong", "lanh dao", "can bo", "cong chuc", "vien chuc", "nguoi lao dong",
        "dang vien", "tap the", "ca nhan", "thanh vien", "nhan vien", "chuyen vien", "ke toan", "thu tuong", "chinh phu",
        "trung uong", "doanh nghiep", "tri thuc", "trung tam", "chi cuc", "phong ban",
        // Documents and their parts
        "nghi quyet", "quyet dinh", "chi thi", "ket luan", "thong tu", "nghi dinh", "cong van", "van ban", "chuong trinh",
        "de an", "chien luoc", "so hieu", "ky hieu", "noi nhan", "dia chi", "trang web", "trang thong tin", "cong thong tin",
        "thu dien tu", "dien thoai", "phu luc", "bieu mau", "mau so",
        // What plans ask people to do
        "khen thuong", "bieu duong", "tuyen duong", "vinh danh", "theo doi", "don doc", "giam sat", "kiem tra", "thanh tra",
        "tham muu", "huong dan", "tong hop", "tong ket", "so ket", "danh gia", "bao cao", "de xuat", "de nghi", "xem xet",
        "dang ky", "trien khai", "thuc hien", "phat dong", "huong ung", "tuyen truyen", "quan triet", "xay dung", "hoan thanh",
        "ket thuc", "bat dau", "tu ngay", "keo dai", "ra doi", "thanh lap", "ky niem", "tham du", "tham gia", "khuyen khich", "vien dan",
        "luu tru", "phat hanh", "cham diem", "binh xet", "xet duyet", "phe duyet", "le phat dong", "le trao", "dien ra", "nguoi tot viec tot", "nguyen tac", "tieu chi", "dam bao", "bao dam",
        // Money, time and things plans rarely state
        "kinh phi", "tien thuong", "phu cap", "muc thuong", "ngan sach", "tai tro", "gia ve", "xo so", "thoi tiet", "du bao",
        "ho chieu", "tien luong", "bao hiem", "nghi phep", "trang phuc", "dong phuc", "can tin", "bai do", "xe buyt",
        // Topics
        "sang kien", "cai tien", "ky thuat", "chuyen doi so", "doi moi", "sang tao", "khoi nghiep", "nong thon", "nguoi ngheo",
        "van hoa", "cong so", "dao duc", "tu tuong", "phong cach", "tiet kiem", "lang phi", "tham nhung", "tieu cuc",
        "hanh chinh", "cai cach", "dien hinh", "mo hinh", "tien tien", "tieu bieu", "thanh tich", "xuat sac", "danh hieu",
        "bang khen", "giay khen", "chien si", "nhiem vu", "trach nhiem", "chuc nang", "muc dich", "muc tieu", "yeu cau",
        "noi dung", "hinh thuc", "tieu chuan", "doi tuong", "so luong", "thoi gian", "thoi han", "dia ban", "linh vuc",
        "nong nghiep", "nguon nhan luc", "quy gen", "vu tru", "sinh hoc", "nang suat", "chat luong", "hieu qua",
    ];

    private static readonly FrozenSet<string> Pairs = Words
        .SelectMany(w => w.Split(' ') is var s ? Enumerable.Range(1, s.Length - 1).Select(i => Terms.Bigram(s[i - 1], s[i])) : [])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the pair ("ban_hanh") is part of a listed word.</summary>
    public static bool HasPair(string bigram) => Pairs.Contains(bigram);
}
