using System.Text.RegularExpressions;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// Finds the names of offices and bodies in plan text ("Văn phòng Sở", "UBND tỉnh", "Hội đồng Thi đua – Khen
/// thưởng", "Trung tâm …", "các phòng chuyên môn"), so that "ai / đơn vị nào" questions favour passages naming one.
/// </summary>
public static partial class UnitNames
{
    /// <summary>The spans (in the NFC text) of the unit names found.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var folded = FoldedText.Of(text);
        return Unit().Matches(folded).Select(m => (m.Index, m.Index + m.Length)).ToList();
    }

    public static bool Any(string text) => Unit().IsMatch(FoldedText.Of(text));

    [GeneratedRegex(@"(?<!\w)(?:trung tam ung dung tien bo khoa hoc(?: va cong nghe)?|van phong(?: so)?|ubnd(?: tinh)?|uy ban nhan dan(?: tinh)?|hdnd(?: tinh)?|hoi dong nhan dan(?: tinh)?|hoi dong thi dua\W+khen thuong(?: so| tinh)?|ban thi dua\W+khen thuong(?: tinh)?|so (?:noi vu|tai chinh|ke hoach va dau tu|khoa hoc va cong nghe|khcn|thong tin va truyen thong)|trung tam(?: (?!tuyen|to |chu |phoi |thuc |lua |dang |co |la |de |nham |va cac )\w+){1,8}|thanh tra so|chi cuc tieu chuan do luong chat luong|chi cuc(?: \w+){1,4}|phong (?:chuyen mon|quan ly(?: \w+){1,3}|ke hoach(?: \w+){0,3}|to chuc(?: \w+){0,3})|cac phong(?! trao)(?:, don vi| chuyen mon)?(?:(?:,)? don vi)?(?: truc thuoc so| thuoc so)?|(?:cac )?don vi truc thuoc so|truong cac phong(?: chuyen mon)?|lanh dao so|(?:pho )?giam doc so|giam doc|cong doan(?: co so)?|doan thanh nien|chi bo|dang uy|thu tuong chinh phu|bo chinh tri|ban bi thu|tinh uy|ban chap hanh trung uong(?: dang)?)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Unit();
}
