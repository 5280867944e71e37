using System.Globalization;
using EmulationBot.Text;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// Recognises responsible units as Vietnamese plans name them: "Văn phòng Sở", "Phòng Quản lý khoa học",
/// "Các phòng, đơn vị trực thuộc Sở", "Trung tâm Ứng dụng và Thống kê khoa học và công nghệ", lists of them,
/// and generic ones ("mỗi đơn vị"). A name ends at a verb ("chủ trì", "gửi", "theo dõi" …) or punctuation.
/// </summary>
internal static class UnitRecognizer
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    // Each head is a unit word; "phong" and "ban" alone need a capitalised name after them ("Phòng Quản lý …").
    private static readonly string[][] Heads = new[]
    {
        "van phong so", "van phong", "thanh tra so", "thanh tra", "trung tam", "chi cuc", "hoi dong", "cong doan", "doan thanh nien",
        "chi doan", "chi bo", "dang uy", "to cong tac", "lanh dao so", "ban giam doc", "giam doc so", "pho giam doc", "giam doc",
        "truong cac phong", "truong phong", "thu truong", "lanh dao cac phong", "cac phong", "moi phong", "cac don vi", "moi don vi",
        "don vi", "cac co quan", "cac to chuc", "toan the", "can bo", "so", "uy ban nhan dan", "ubnd", "ban", "phong",
    }.Select(h => h.Split(' ')).OrderByDescending(h => h.Length).ToArray();

    private static readonly HashSet<string> NeedsName = new(StringComparer.Ordinal) { "phong", "ban", "so" };

    private static readonly string[] GenericUnits = ["moi don vi", "cac don vi", "don vi", "moi phong", "cac phong", "cac co quan", "cac to chuc"];

    // Verbs and function words that end a unit's name.
    private static readonly string[][] Stops = new[]
    {
        "chu tri", "phoi hop", "to chuc", "xay dung", "gui", "thuc hien", "trien khai", "theo doi", "tham muu", "co trach nhiem",
        "chiu trach nhiem", "huong dan", "bao cao", "tiep tuc", "ra soat", "phat dong", "dang ky", "nop", "hoan thanh", "lap",
        "tong hop", "tuyen truyen", "kiem tra", "quan triet", "de xuat", "xem xet", "cap nhat", "danh gia", "boi duong", "giup",
        "lam", "dam bao", "dam nhiem", "bam sat", "can cu", "phan cong", "don doc", "ban hanh", "trinh", "phe duyet", "nghien cuu",
        "day manh", "tang cuong", "chuan bi", "du thao", "soan thao", "cung cap", "thong bao", "se", "duoc", "phai", "can", "cu",
        "giao", "thong ke", "tiep nhan", "lua chon", "gioi thieu", "ho tro", "tap trung", "chi dao", "so ket", "tong ket", "dang tai",
        "xu ly", "thanh lap", "tien hanh", "duy tri", "bo tri", "hop", "chu dong", "co", "la", "khong", "truoc", "trong", "tu",
        "den", "vao", "cham nhat", "nham", "de", "dinh ky", "hang", "moi thang", "thuong xuyen", "phan dau", "cu dai dien",
        "gop y", "tiep thu", "rut kinh nghiem", "tham gia", "nhan rong", "phat huy", "khen thuong", "bieu duong", "tu danh gia",
        "tham dinh", "xet chon", "binh xet", "trien lam", "van dong", "phan tich", "dieu tra", "khao sat",
    }.Select(s => s.Split(' ')).OrderByDescending(s => s.Length).ToArray();

    private static readonly string[] Lead = ["giao", "de nghi", "yeu cau", "phan cong", "doi voi", "trach nhiem cua", "nhiem vu cua", "trach nhiem", "nhiem vu"];

    /// <summary>The unit(s) named at the start of <paramref name="text"/> (after "Giao", "Đề nghị", "Trách nhiệm của" …).</summary>
    public static UnitMatch? AtStart(string text)
    {
        var tokens = Token.Split(text);
        var i = SkipLead(tokens, 0);
        var units = new List<string>();
        var end = 0;
        while (i < tokens.Count && HeadLength(tokens, i) is var head && head > 0)
        {
            var start = tokens[i].Start;
            var j = i + head;
            var last = j - 1;
            int? next = null;
            var closed = false;
            while (j < tokens.Count)
            {
                var t = tokens[j];
                if (t.Folded == "(")
                {
                    j = SkipBracket(tokens, j);
                    continue;
                }
                if (t.Folded is "," or "va")
                {
                    if (HeadLength(tokens, j + 1) > 0 && (t.Folded == "va" || tokens[j + 1].Capitalised)) { next = j + 1; break; }
                    if (t.Folded == "," && Continues(tokens, j + 1)) { last = j + 1; j += 2; continue; }
                    if (t.Folded == "va" && j + 1 < tokens.Count && tokens[j + 1].Capitalised && IsStop(tokens, j + 1) == 0) { last = j + 1; j += 2; continue; }
                    if (t.Folded == "va" && FixedPhrase(tokens, j)) { last = j + 2; j += 3; continue; }
                    break;
                }
                if (t.Folded is "-" or "–" && j + 1 < tokens.Count && tokens[j + 1].IsWord && IsStop(tokens, j + 1) == 0) { last = j + 1; j += 2; continue; }
                // Verbs are written in lower case; a capitalised word belongs to a name ("Phòng Đánh giá, Thẩm định …").
                if (!t.IsWord || closed || (!t.Capitalised && IsStop(tokens, j) > 0)) break;
                last = j++;
                // "… của Sở", "… trực thuộc Sở": a name that reaches "Sở" ends there.
                closed = t.Folded == "so" && t.Capitalised;
            }
            units.Add(Canonical(text[start..tokens[last].End]));
            end = tokens[last].End;
            if (next is null) break;
            i = next.Value;
        }
        if (units.Count == 0) return null;
        var generic = units.Count == 1 && GenericUnits.Contains(Fold(units[0]));
        return new UnitMatch(units, end, generic);
    }

    /// <summary>A heading that is only a unit ("Văn phòng Sở", "2. Trách nhiệm của các đơn vị trực thuộc Sở") names it; else null.</summary>
    public static string? FromHeading(string heading)
    {
        var text = heading.Trim().TrimEnd(':', ' ');
        if (text.EndsWith('…')) return null;
        var match = AtStart(text);
        if (match is null || match.Units.Count != 1) return null;
        var rest = text[match.End..].Trim();
        if (rest.Length == 0 || (rest.StartsWith('(') && rest.EndsWith(')'))) return match.Units[0];
        // "Trung tâm Thông tin, Ứng dụng khoa học và công nghệ": a heading with no verb in it is all one name.
        var tokens = Token.Split(text);
        var skipped = SkipLead(tokens, 0);
        for (var i = skipped + HeadLength(tokens, skipped); i < tokens.Count; i++)
        {
            if (IsStop(tokens, i) > 0 || HeadLength(tokens, i) > 0 && tokens[i].Capitalised && i > 0 && tokens[i - 1].Folded is "," or "va") return null;
        }
        return Canonical(text[tokens[skipped].Start..]);
    }

    private static int SkipLead(List<Token> tokens, int i)
    {
        foreach (var lead in Lead)
        {
            var words = lead.Split(' ');
            if (Matches(tokens, i, words)) return i + words.Length;
        }
        return i;
    }

    private static int HeadLength(List<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord) return 0;
        foreach (var head in Heads)
        {
            if (!Matches(tokens, i, head)) continue;
            var after = i + head.Length;
            if (head.Length == 1 && NeedsName.Contains(head[0]) && !(after < tokens.Count && tokens[after].Capitalised && tokens[i].Capitalised)) return 0;
            return head.Length;
        }
        return 0;
    }

    /// <summary>"các phòng, đơn vị …": a lower-case unit word after the comma continues the same name.</summary>
    private static bool Continues(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && !tokens[i].Capitalised && (Matches(tokens, i, ["don", "vi"]) || Matches(tokens, i, ["phong"]));

    private static bool FixedPhrase(List<Token> tokens, int va) =>
        va >= 2 && Matches(tokens, va - 2, ["khoa", "hoc", "va", "cong", "nghe"]);

    private static int IsStop(List<Token> tokens, int i)
    {
        foreach (var stop in Stops)
        {
            if (Matches(tokens, i, stop)) return stop.Length;
        }
        return 0;
    }

    private static int SkipBracket(List<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Folded == ")") return k + 1;
        }
        return tokens.Count;
    }

    private static bool Matches(List<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count) return false;
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[i + k].Folded != words[k]) return false;
        }
        return true;
    }

    private static string Canonical(string unit)
    {
        var text = VietnameseText.CollapseSpaces(unit.Trim().TrimEnd(',', ';', ':', '.'));
        return text.Length == 0 ? text : char.ToUpper(text[0], Vi) + text[1..];
    }

    internal static string Fold(string text) => Dates.AlignedFold.Fold(text).Trim();
}
