using System.Text.RegularExpressions;
using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// Finds the body that issued a plan: the lowest organisation line of the header ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
/// else "… xây dựng kế hoạch" in the preamble, else the code in the number ("/KH-SKHCN"), written in normal case.
/// </summary>
internal static partial class IssuerNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["so khoa hoc va cong nghe"] = "Sở Khoa học và Công nghệ",
        ["so noi vu"] = "Sở Nội vụ",
        ["so tai chinh"] = "Sở Tài chính",
        ["so y te"] = "Sở Y tế",
        ["so tu phap"] = "Sở Tư pháp",
        ["so cong thuong"] = "Sở Công Thương",
        ["so xay dung"] = "Sở Xây dựng",
        ["so giao duc va dao tao"] = "Sở Giáo dục và Đào tạo",
        ["so thong tin va truyen thong"] = "Sở Thông tin và Truyền thông",
        ["so ke hoach va dau tu"] = "Sở Kế hoạch và Đầu tư",
        ["so nong nghiep va phat trien nong thon"] = "Sở Nông nghiệp và Phát triển nông thôn",
        ["so tai nguyen va moi truong"] = "Sở Tài nguyên và Môi trường",
        ["so giao thong van tai"] = "Sở Giao thông vận tải",
        ["so van hoa, the thao va du lich"] = "Sở Văn hóa, Thể thao và Du lịch",
        ["so lao dong - thuong binh va xa hoi"] = "Sở Lao động - Thương binh và Xã hội",
    };

    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["skhcn"] = "so khoa hoc va cong nghe", ["skh&cn"] = "so khoa hoc va cong nghe", ["snv"] = "so noi vu",
        ["stc"] = "so tai chinh", ["syt"] = "so y te", ["stp"] = "so tu phap", ["sct"] = "so cong thuong", ["sxd"] = "so xay dung",
        ["sgddt"] = "so giao duc va dao tao", ["stttt"] = "so thong tin va truyen thong", ["skhdt"] = "so ke hoach va dau tu",
        ["snnptnt"] = "so nong nghiep va phat trien nong thon", ["stnmt"] = "so tai nguyen va moi truong",
    };

    private static readonly string[] OrgWords =
        ["so ", "ban ", "phong ", "trung tam ", "van phong ", "uy ban ", "ubnd ", "chi cuc ", "hoi dong ", "cong doan ", "dang uy ", "bo ", "cuc ", "truong "];

    public static string? Find(IReadOnlyList<TextBlock> header, string text, string? number)
    {
        var line = header.LastOrDefault(b => ParagraphJoiner.LooksLikeHeading(b.Text) && IsOrganisation(AlignedFold.Fold(b.Text)));
        if (line is not null) return Normalise(line.Text.Trim(), text);
        if (Preamble(text) is { } fromText) return fromText;
        var code = number?.Split('-', '/').LastOrDefault()?.ToLowerInvariant();
        if (code is not null && Codes.TryGetValue(AlignedFold.Fold(code), out var key)) return Known[key];
        return null;
    }

    private static bool IsOrganisation(string folded) =>
        OrgWords.Any(w => folded.StartsWith(w, StringComparison.Ordinal)) && !folded.StartsWith("cong hoa", StringComparison.Ordinal);

    /// <summary>An upper-case header line in normal case: as the text itself writes it, else a known name, else sentence case.</summary>
    private static string Normalise(string upper, string text)
    {
        var folded = AlignedFold.Fold(upper);
        var at = AlignedFold.Fold(text).IndexOf(folded, StringComparison.Ordinal);
        if (at >= 0 && !ParagraphJoiner.LooksLikeHeading(text.Substring(at, upper.Length))) return text.Substring(at, upper.Length);
        if (Known.TryGetValue(folded, out var known)) return known;
        if (folded.StartsWith("ubnd ", StringComparison.Ordinal) || folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal))
        {
            var province = ProvinceNames.AfterProvinceWord(upper);
            return province is null ? "Ủy ban nhân dân" : $"Ủy ban nhân dân tỉnh {province}";
        }
        var lower = upper.ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        return char.ToUpper(lower[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + lower[1..];
    }

    private static string? Preamble(string text)
    {
        var folded = AlignedFold.Fold(text);
        // Overlapping search: a lower-case "phòng trào … xây dựng kế hoạch" must not hide the "Sở …" inside it.
        for (var match = Builds().Match(folded); match.Success; match = Builds().Match(folded, match.Index + 1))
        {
            var org = match.Groups["org"];
            if (char.IsUpper(text[org.Index])) return text.Substring(org.Index, org.Length).Trim();
        }
        return null;
    }

    [GeneratedRegex(@"(?<!\w)(?<org>(?:so|uy ban nhan dan|ubnd|ban|phong|trung tam|van phong|chi cuc|hoi dong|cong doan|dang uy)\s[^,;.()]{0,80}?)\s+(?:xay dung|ban hanh)\s+ke hoach", RegexOptions.CultureInvariant)]
    private static partial Regex Builds();
}
