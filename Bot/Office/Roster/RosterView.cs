using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Office.Organization;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Units;
using System.Text.Json.Nodes;

namespace EmulationBot.Office.Roster;

/// <summary>The preview card of a roster file: what applying it would change, or every problem that stops it.</summary>
public sealed class RosterView(UnitDirectoryStore store, CardFactory cards, Strings strings)
{
    private const int ChangesShown = 15;
    private const int ProblemsShown = 20;

    public async Task<Activity> PreviewAsync(Language language, RosterImport import, RosterPlan plan, string? notice, CancellationToken cancellationToken)
    {
        var dir = await store.GetAsync(cancellationToken);
        var problems = new JsonArray();
        foreach (var problem in plan.Problems.Take(ProblemsShown)) problems.Add(Problem(language, problem));
        if (plan.Problems.Count > ProblemsShown) problems.Add(T(language, "office.roster.moreProblems", plan.Problems.Count - ProblemsShown));
        var changes = new JsonArray();
        foreach (var change in plan.Changes.Where(c => c.Kind != RosterChangeKind.Unchanged).Take(ChangesShown))
        {
            var unit = dir.FindUnit(change.Row.UnitId)?.Name ?? change.Row.UnitId;
            changes.Add(T(language, "office.roster.change." + (change.Kind == RosterChangeKind.New ? "new" : "updated"),
                change.Row.Name, change.Row.Email, unit, T(language, RoleNames.Key(change.Row.Role))));
        }
        var summary = plan.Problems.Count > 0
            ? T(language, "office.roster.blocked", plan.Problems.Count)
            : T(language, "office.roster.summary", plan.Rows.Count, plan.Count(RosterChangeKind.New), plan.Count(RosterChangeKind.Updated), plan.Count(RosterChangeKind.Unchanged));
        return cards.Message("office-roster-preview", language, new JsonObject
        {
            ["notice"] = notice,
            ["file"] = T(language, "office.roster.file", import.FileName),
            ["summary"] = summary,
            ["notInFile"] = plan.NotInFile > 0 && plan.Problems.Count == 0 ? T(language, "office.roster.notInFile", plan.NotInFile) : null,
            ["problems"] = problems,
            ["changes"] = changes,
            ["canApply"] = plan.CanApply,
            ["import"] = import.Id,
        });
    }

    public string Problem(Language language, RosterProblem problem)
    {
        var key = "office.roster.problem." + char.ToLowerInvariant(problem.Kind.ToString()[0]) + problem.Kind.ToString()[1..];
        return problem.Kind switch
        {
            RosterProblemKind.MissingColumn => T(language, key, T(language, "office.roster.column." + problem.Value.ToLowerInvariant())),
            RosterProblemKind.DuplicateEmail => T(language, key, problem.Line, problem.Value.Split('|')[0], problem.Value.Split('|').ElementAtOrDefault(1)),
            _ when problem.Line == 0 => T(language, key, problem.Value),
            _ => T(language, key, problem.Line, problem.Value),
        };
    }

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
