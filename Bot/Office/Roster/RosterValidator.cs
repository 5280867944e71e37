using EmulationBot.Office.Organization;
using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Office.Roster;

/// <summary>Checks each line of a roster against the directory: a name, a well-formed and unique e-mail, a known unit, a known role.</summary>
public static class RosterValidator
{
    public static RosterPlan Check(IReadOnlyList<(int Line, string[] Fields)> lines, IReadOnlyDictionary<RosterColumn, int> columns, UnitDirectory directory, Person actor)
    {
        var rows = new List<RosterRow>();
        var problems = new List<RosterProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in lines)
        {
            string Cell(RosterColumn column) => columns.TryGetValue(column, out var i) && i < fields.Length ? fields[i].Trim() : "";
            var name = string.Join(' ', Cell(RosterColumn.Name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);
            var emailText = Cell(RosterColumn.Email);
            var unitText = Cell(RosterColumn.Unit);
            var roleText = Cell(RosterColumn.Role);
            var before = problems.Count;

            if (name.Length == 0 || name.Length > OrganizationEditor.MaxNameLength) problems.Add(new RosterProblem(line, RosterProblemKind.MissingName, name));
            var email = EmailAddresses.Normalize(emailText);
            if (email is null) problems.Add(new RosterProblem(line, RosterProblemKind.BadEmail, emailText));
            else if (seen.TryGetValue(email, out var first)) problems.Add(new RosterProblem(line, RosterProblemKind.DuplicateEmail, $"{email}|{first}"));
            else seen[email] = line;
            var unit = directory.FindUnitByName(unitText);
            if (unit is null) problems.Add(new RosterProblem(line, RosterProblemKind.UnknownUnit, unitText));
            var role = RoleNames.Parse(roleText);
            if (role is null) problems.Add(new RosterProblem(line, RosterProblemKind.BadRole, roleText));
            else if (email is not null && actor.Member is { } self && self.Email == email && self.Role != role && !actor.IsConfiguredOffice)
            {
                problems.Add(new RosterProblem(line, RosterProblemKind.OwnRole, roleText));
            }
            if (problems.Count == before) rows.Add(new RosterRow(line, name, email!, unit!.Id, role!.Value));
        }
        var inFile = rows.Select(r => r.Email).ToHashSet(StringComparer.Ordinal);
        var notInFile = directory.Members.Count(m => m.Email is { } e && !inFile.Contains(e));
        return new RosterPlan(rows, RosterPlan.ChangesTo(directory, rows), problems, notInFile);
    }
}
