using System.Text.RegularExpressions;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>Whether a text says where: a unit to send to ("về Văn phòng Sở"), or a place ("tại xã", "trên Cổng thông tin", "trong cộng đồng").</summary>
public static partial class Places
{
    public static bool Any(string text) => UnitNames.Any(text) || Place().IsMatch(FoldedText.Of(text));

    [GeneratedRegex(@"(?<!\w)(?:tai|o|tren)\s+(?:cac\s+|mot so\s+)?(?:xa|huyen|tinh|thanh pho|tru so|hoi truong|cong thong tin|trang thong tin|website|dia ban|phuong|thon|ban|co so|don vi|phong)(?!\w)|(?<!\w)trong\s+(?:cong dong|co quan|don vi|noi bo|xa hoi|toan tinh|toan nganh|ca nuoc|dia ban|nganh)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Place();
}
