using System.Collections.Frozen;

namespace EmulationBot.Questions.Text;

/// <summary>
/// Abbreviations of Vietnamese administrative writing, spelled out the same way in plans and questions:
/// "UBND" = "ủy ban nhân dân", "KHCN" = "khoa học công nghệ", "KH" = "kế hoạch", "VP" = "văn phòng".
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenDictionary<string, string[]> Words = new Dictionary<string, string>
    {
        ["ubnd"] = "uy ban nhan dan",
        ["hdnd"] = "hoi dong nhan dan",
        ["khcn"] = "khoa hoc cong nghe",
        ["khkt"] = "khoa hoc ky thuat",
        ["kh"] = "ke hoach",
        ["vp"] = "van phong",
        ["tdkt"] = "thi dua khen thuong",
        ["hdtdkt"] = "hoi dong thi dua khen thuong",
        ["cbcc"] = "can bo cong chuc",
        ["cbccvc"] = "can bo cong chuc vien chuc",
        ["ccvc"] = "cong chuc vien chuc",
        ["nld"] = "nguoi lao dong",
        ["bc"] = "bao cao",
        ["dv"] = "don vi",
        ["cntt"] = "cong nghe thong tin",
        ["cds"] = "chuyen doi so",
        ["dmst"] = "doi moi sang tao",
        ["ktxh"] = "kinh te xa hoi",
        ["gd"] = "giam doc",
        ["pgd"] = "pho giam doc",
        ["ttcp"] = "thu tuong chinh phu",
        ["bct"] = "bo chinh tri",
        ["qd"] = "quyet dinh",
        ["nq"] = "nghi quyet",
        ["ct"] = "chi thi",
        ["kl"] = "ket luan",
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Split(' '), StringComparer.Ordinal);

    /// <summary>The words an abbreviation stands for, or null when <paramref name="folded"/> is not one.</summary>
    public static string[]? Expand(string folded) => Words.GetValueOrDefault(folded);
}
