using EmulationBot.Plans.Model;
using EmulationBot.Text;
using EmulationBot.Units;

namespace EmulationBot.Deadlines;

/// <summary>
/// Works out which units must act on an obligation from its <see cref="Obligation.Who"/>, as the plan wrote it.
/// Shared by the deadlines list, reports, reminders and the office views so that all of them agree.
/// </summary>
/// <remarks>
/// Rules, for each name in <c>Who</c> (compared without diacritics, "KH&amp;CN" read as "khoa học và công nghệ"):
/// <list type="bullet">
/// <item>the office ("Văn phòng Sở", "Thường trực Hội đồng thi đua", the department itself: "Sở", "Sở Khoa học và Công nghệ") → the units marked as office;</item>
/// <item>every unit ("các phòng, đơn vị trực thuộc Sở", "các đơn vị trực thuộc", "các đơn vị", "tất cả", "toàn thể") → all units;</item>
/// <item>"các phòng chuyên môn" → the units named "Phòng …" (and "Thanh tra …"); "đơn vị sự nghiệp" → the other non-office units;</item>
/// <item>a unit's name or alias (either containing the other) → that unit;</item>
/// <item>anything else (the provincial People's Committee, other departments) → nobody here.</item>
/// </list>
/// An obligation with no <c>Who</c> at all falls to the office, which runs the plan.
/// </remarks>
public static class ObligationAssignees
{
    private static readonly string[] Everyone =
        ["cac don vi", "don vi truc thuoc", "tat ca", "toan the", "toan nganh", "cac co quan don vi", "cong chuc vien chuc", "all units", "every unit"];

    private static readonly string[] Office =
        ["van phong", "thuong truc hoi dong", "hoi dong thi dua", "office"];

    public static ObligationAudience Resolve(Obligation obligation, IReadOnlyList<Unit> units) => Resolve(obligation.Who, units);

    public static ObligationAudience Resolve(IReadOnlyList<string> who, IReadOnlyList<Unit> units)
    {
        if (who.Count == 0) return new ObligationAudience(false, OfficeUnits(units));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in who)
        {
            var text = Words(name);
            if (text.Length == 0) continue;
            if (IsEveryone(text)) return new ObligationAudience(true, units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal));
            var named = units.Where(u => Names(u).Any(n => HasWords(text, n) || HasWords(n, text))).ToList();
            if (named.Count > 0 && !IsGroup(text))
            {
                ids.UnionWith(named.Select(u => u.Id));
            }
            else if (Has(text, Office) || text == "so" || text.StartsWith("so khoa hoc va cong nghe", StringComparison.Ordinal))
            {
                ids.UnionWith(OfficeUnits(units));
            }
            else if (Has(text, ["phong chuyen mon", "cac phong"]))
            {
                ids.UnionWith(units.Where(u => !IsOffice(u) && IsDivision(u)).Select(u => u.Id));
            }
            else if (Has(text, ["don vi su nghiep"]))
            {
                ids.UnionWith(units.Where(u => !IsOffice(u) && !IsDivision(u)).Select(u => u.Id));
            }
        }
        return new ObligationAudience(false, ids);
    }

    /// <summary>Whether <paramref name="unitId"/> must act on <paramref name="obligation"/>.</summary>
    public static bool Concerns(Obligation obligation, string? unitId, IReadOnlyList<Unit> units) => Resolve(obligation, units).Includes(unitId);

    /// <summary>"các đơn vị sự nghiệp" alone is a kind of unit; with "phòng" ("các phòng, đơn vị sự nghiệp") it is everyone.</summary>
    private static bool IsEveryone(string text)
    {
        var divisions = Has(text, ["phong"]) && !Has(text, Office);
        if (Has(text, ["don vi su nghiep"])) return divisions;
        return Has(text, Everyone) || (divisions && Has(text, ["don vi"]));
    }

    /// <summary>"các phòng …" or "các đơn vị …": a kind of unit, never one named unit even if a name happens to match.</summary>
    private static bool IsGroup(string text) => text.StartsWith("cac ", StringComparison.Ordinal);

    private static HashSet<string> OfficeUnits(IReadOnlyList<Unit> units) => units.Where(IsOffice).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);

    private static bool IsOffice(Unit unit) => unit.IsOffice || Words(unit.Name).StartsWith("van phong", StringComparison.Ordinal);

    private static bool IsDivision(Unit unit)
    {
        var name = Words(unit.Name);
        return name.StartsWith("phong ", StringComparison.Ordinal) || name.StartsWith("thanh tra", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Names(Unit unit) => unit.Aliases.Select(Words).Prepend(Words(unit.Name)).Where(n => n.Length > 0);

    private static bool Has(string text, string[] phrases) => phrases.Any(p => HasWords(text, p));

    private static bool HasWords(string text, string phrase) => (" " + text + " ").Contains(" " + phrase + " ", StringComparison.Ordinal);

    /// <summary>Folded syllables joined by single spaces; "KH&amp;CN" and "KHCN" spelled out.</summary>
    internal static string Words(string? name)
    {
        var folded = VietnameseText.Fold(name).Replace("kh&cn", "khcn", StringComparison.Ordinal).Replace("kh & cn", "khcn", StringComparison.Ordinal);
        var words = VietnameseText.Syllables(folded).Select(w => w == "khcn" ? "khoa hoc va cong nghe" : w);
        return string.Join(' ', words);
    }
}
