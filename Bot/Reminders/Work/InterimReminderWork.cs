using EmulationBot.Conversation;
using EmulationBot.Plans.Model;
using EmulationBot.Storage;
using EmulationBot.Text;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Work;

/// <summary>
/// TEMPORARY stand-in for the guided flows' deadlines, completions and dialogs until feat/flows is merged; it is then
/// replaced by an adapter over their types. One-off deadlines only, units matched by name, completion kept here.
/// </summary>
public sealed class InterimReminderWork(IStorage storage) : IReminderWork
{
    public IReadOnlyList<WorkOccurrence> OccurrencesAround(Obligation obligation, DateOnly today) =>
        obligation.Due is { } due && obligation.Recurrence is null ? [new WorkOccurrence(obligation, due.Last, obligation.Id, KindOf(obligation))] : [];

    public WorkOccurrence? FindOccurrence(Obligation obligation, string occurrenceKey) =>
        occurrenceKey == obligation.Id ? OccurrencesAround(obligation, default).FirstOrDefault() : null;

    public IReadOnlySet<string> UnitsThatMustAct(Obligation obligation, IReadOnlyList<Unit> units)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var who in obligation.Who.Select(VietnameseText.Fold))
        {
            if (who.Contains("cac don vi", StringComparison.Ordinal) || who.Contains("tat ca", StringComparison.Ordinal)) result.UnionWith(units.Select(u => u.Id));
            foreach (var unit in units.Where(u => who.Contains(VietnameseText.Fold(u.Name), StringComparison.Ordinal) || (u.IsOffice && who.Contains("van phong", StringComparison.Ordinal))))
            {
                result.Add(unit.Id);
            }
        }
        return result;
    }

    public async Task<IReadOnlySet<string>> DoneUnitsAsync(string planId, WorkOccurrence occurrence, IEnumerable<string> unitIds, CancellationToken cancellationToken)
    {
        var done = (await storage.ReadAsync<HashSet<string>>(Key(planId, occurrence.Key), cancellationToken))?.Value ?? [];
        return unitIds.Where(done.Contains).ToHashSet(StringComparer.Ordinal);
    }

    public bool IsDoneByPerson(string planId, WorkOccurrence occurrence, UserState user) => false;

    public async Task MarkDoneAsync(string planId, WorkOccurrence occurrence, string unitId, Person by, CancellationToken cancellationToken) =>
        await storage.UpdateAsync<HashSet<string>>(Key(planId, occurrence.Key), done => (done ??= []).Add(unitId) ? done : null, cancellationToken: cancellationToken);

    public WorkDialog? DialogFor(string planId, WorkOccurrence occurrence) => null;

    private static WorkKind KindOf(Obligation obligation)
    {
        var what = VietnameseText.Fold(obligation.What);
        return what.StartsWith("dang ky", StringComparison.Ordinal) ? WorkKind.Registration : what.Contains("bao cao", StringComparison.Ordinal) ? WorkKind.Report : WorkKind.Task;
    }

    private static string Key(string planId, string occurrenceKey) => $"reminders/interim-done/{planId}/{occurrenceKey}";
}
