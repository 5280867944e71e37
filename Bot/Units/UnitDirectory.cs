namespace EmulationBot.Units;

/// <summary>The department's units and people: one stored document, changed only under its ETag.</summary>
public sealed record UnitDirectory
{
    public List<Unit> Units { get; init; } = [];
    public List<Member> Members { get; init; } = [];

    public Unit? FindUnit(string? id) => id is null ? null : Units.FirstOrDefault(u => u.Id == id);

    /// <summary>The member for a Teams user: by AAD object id, else by Teams id.</summary>
    public Member? FindMember(string? aadObjectId, string? teamsUserId) =>
        (aadObjectId is null ? null : Members.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)))
        ?? (teamsUserId is null ? null : Members.FirstOrDefault(m => m.TeamsUserId == teamsUserId || m.Key == teamsUserId));

    public Member? FindByEmail(string? email) =>
        email is null ? null : Members.FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Member> MembersOf(string unitId) => Members.Where(m => m.UnitId == unitId);

    /// <summary>A copy with <paramref name="member"/> added or replacing the one with the same key.</summary>
    public UnitDirectory WithMember(Member member) => this with
    {
        Members = [.. Members.Where(m => m.Key != member.Key), member],
    };
}
