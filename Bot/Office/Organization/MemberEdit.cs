using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Office.Organization;

/// <summary>What the office sets for a person: a new one (no key) or an existing one (by key).</summary>
public sealed record MemberEdit(string? Key, string Name, string? Email, string? UnitId, Role Role);
