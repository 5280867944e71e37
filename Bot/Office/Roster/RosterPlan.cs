using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Office.Roster;

/// <summary>A checked roster against the directory: the valid lines, what each would change, and every problem found.</summary>
public sealed record RosterPlan(IReadOnlyList<RosterRow> Rows, IReadOnlyList<RosterChange> Changes, IReadOnlyList<RosterProblem> Problems, int NotInFile)
{
    /// <summary>Applied only whole: one bad line blocks the file, so that the office fixes it and sends it again.</summary>
    public bool CanApply => Problems.Count == 0 && Rows.Count > 0;

    public int Count(RosterChangeKind kind) => Changes.Count(c => c.Kind == kind);

    public static RosterPlan Failed(RosterProblem problem) => new([], [], [problem], 0);

    /// <summary>The lines as changes to <paramref name="directory"/>: people matched by e-mail keep their key and Teams link.</summary>
    public static IReadOnlyList<RosterChange> ChangesTo(UnitDirectory directory, IEnumerable<RosterRow> rows) =>
        rows.Select(row => directory.FindByEmail(row.Email) is { } member
            ? new RosterChange(row, member.Name == row.Name && member.UnitId == row.UnitId && member.Role == row.Role ? RosterChangeKind.Unchanged : RosterChangeKind.Updated, member.Key)
            : new RosterChange(row, RosterChangeKind.New, null)).ToList();

    /// <summary>The directory after the lines are applied.</summary>
    public static UnitDirectory Apply(UnitDirectory directory, IEnumerable<RosterRow> rows)
    {
        foreach (var row in rows)
        {
            var member = directory.FindByEmail(row.Email) is { } existing
                ? existing with { Name = row.Name, UnitId = row.UnitId, Role = row.Role }
                : new Member { Key = Member.KeyForEmail(row.Email), Name = row.Name, Email = row.Email, UnitId = row.UnitId, Role = row.Role };
            directory = directory.WithMember(member);
        }
        return directory;
    }
}
