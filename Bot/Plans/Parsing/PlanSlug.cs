using System.Text;
using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// The stable id of a plan, from what stays the same when it is corrected: province, number and year
/// ("quang-binh-kh-skhcn-2022-…"). A number left blank ("/KH-SKHCN") is shared by many plans, so the first words
/// of the title are added then.
/// </summary>
public static class PlanSlug
{
    public static string For(string? province, string? issuer, string? number, PlanDate? issued, string title)
    {
        var parts = new List<string>();
        parts.Add(Slug(province ?? issuer ?? "ke-hoach"));
        if (!string.IsNullOrWhiteSpace(number)) parts.Add(Slug(number));
        parts.Add(issued?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated");
        if (number is null || !number.Any(char.IsDigit))
        {
            var words = Slug(title).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(4);
            parts.Add(string.Join('-', words));
        }
        var slug = string.Join('-', parts.Where(p => p.Length > 0));
        return slug.Length <= 80 ? slug : slug[..80].TrimEnd('-');
    }

    /// <summary>True for ids this class makes (lower-case letters, digits and dashes): anything else is not looked up.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= 80 } && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static string Slug(string text)
    {
        var folded = AlignedFold.Fold(AlignedFold.Clean(text));
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
