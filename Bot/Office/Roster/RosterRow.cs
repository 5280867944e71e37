using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Office.Roster;

/// <summary>One valid line of a roster: a person, their unit (by id) and role, and the line it came from.</summary>
public sealed record RosterRow(int Line, string Name, string Email, string UnitId, Role Role);
