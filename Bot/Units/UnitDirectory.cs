using EmulationBot.Text;

namespace EmulationBot.Units;

/// <summary>The department's units and people: one stored document, changed only under its ETag.</summary>
public sealed record UnitDirectory
{
    public List<Unit> Units { get; init; } = [];
    public List<Member> Members { get; init; } = [];

    public Unit? FindUnit(string? id) => id is null ? null : Units.FirstOrDefault(u => u.Id == id);

    /// <summary>
    /// A unit by what people call it: its id, its name or an alias, compared without diacritics or case, with or
    /// without a leading "phòng" ("Quản lý khoa học" finds "Phòng Quản lý khoa học").
    /// </summary>
    public Unit? FindUnitByName(string? name)
    {
        var folded = NameKey(name);
        if (folded.Length == 0) return null;
        return Units.FirstOrDefault(u => u.Id == name?.Trim())
            ?? Units.FirstOrDefault(u => NameKey(u.Name) == folded || u.Aliases.Any(a => NameKey(a) == folded))
            ?? Units.FirstOrDefault(u => WithoutPrefix(NameKey(u.Name)) == WithoutPrefix(folded));
    }

    /// <summary>The member for a Teams user: by AAD object id, else by Teams id.</summary>
    public Member? FindMember(string? aadObjectId, string? teamsUserId) =>
        (aadObjectId is null ? null : Members.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)))
        ?? (teamsUserId is null ? null : Members.FirstOrDefault(m => m.TeamsUserId == teamsUserId || m.Key == teamsUserId));

    public Member? FindByKey(string? key) => key is null ? null : Members.FirstOrDefault(m => m.Key == key);

    public Member? FindByEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : Members.FirstOrDefault(m => string.Equals(m.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Member> MembersOf(string unitId) => Members.Where(m => m.UnitId == unitId);

    /// <summary>A copy with <paramref name="member"/> added or replacing the one with the same key.</summary>
    public UnitDirectory WithMember(Member member) => this with
    {
        Members = [.. Members.Where(m => m.Key != member.Key), member],
    };

    public UnitDirectory WithoutMember(string key) => this with { Members = [.. Members.Where(m => m.Key != key)] };

    /// <summary>A copy with <paramref name="unit"/> added, or replacing the unit with the same id in place.</summary>
    public UnitDirectory WithUnit(Unit unit) => this with
    {
        Units = Units.Any(u => u.Id == unit.Id) ? [.. Units.Select(u => u.Id == unit.Id ? unit : u)] : [.. Units, unit],
    };

    public UnitDirectory WithoutUnit(string unitId) => this with { Units = [.. Units.Where(u => u.Id != unitId)] };

    private static string NameKey(string? name) => string.Join(' ', VietnameseText.Syllables(VietnameseText.Fold(name)));

    private static string WithoutPrefix(string folded) => folded.StartsWith("phong ", StringComparison.Ordinal) ? folded[6..] : folded;
}
