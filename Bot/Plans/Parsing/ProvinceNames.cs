using EmulationBot.Plans.Dates;
using EmulationBot.Text;

namespace EmulationBot.Plans.Parsing;

/// <summary>Vietnam's provinces and centrally-run cities, to tell a province from a town in "Đồng Hới, ngày …".</summary>
internal static class ProvinceNames
{
    private static readonly string[] Names =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
        "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
        "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
        "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
        "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
        "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế",
        "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    private static readonly (string Folded, string Name)[] ByLength = Names
        .Select(n => (Key(n), n))
        .OrderByDescending(p => p.Item1.Length)
        .ToArray();

    /// <summary>The province named at the end of <paramref name="text"/> ("… Quảng Bình", "Dak Nong"), or null.</summary>
    public static string? AtEnd(string text)
    {
        var folded = Key(text);
        foreach (var (key, name) in ByLength)
        {
            if (folded.EndsWith(key, StringComparison.Ordinal)
                && (folded.Length == key.Length || !char.IsLetter(folded[folded.Length - key.Length - 1])))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The province after "tỉnh" or "thành phố" in <paramref name="text"/> ("UBND tỉnh Đắk Nông"), or null.</summary>
    public static string? AfterProvinceWord(string text)
    {
        var folded = Key(text);
        foreach (var marker in (string[])["tinh ", "thanh pho ", "tp. ", "tp "])
        {
            var at = 0;
            while ((at = folded.IndexOf(marker, at, StringComparison.Ordinal)) >= 0)
            {
                at += marker.Length;
                foreach (var (key, name) in ByLength)
                {
                    if (string.CompareOrdinal(folded, at, key, 0, key.Length) == 0
                        && (at + key.Length == folded.Length || !char.IsLetter(folded[at + key.Length])))
                    {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    private static string Key(string text) =>
        VietnameseText.CollapseSpaces(AlignedFold.Fold(AlignedFold.Clean(text)).Replace('–', '-').Replace(" - ", "-", StringComparison.Ordinal));
}
