using EmulationBot.Commitments;
using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Plans.Model;
using EmulationBot.Reports;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Work;

/// <summary>
/// The work as the guided flows define it: occurrences and units from Deadlines (<see cref="ObligationOccurrences"/>,
/// <see cref="ObligationAssignees"/>), completion records from the <see cref="CompletionStore"/>, a person's own part as
/// the deadlines list judges it (<see cref="DeadlineBoard.IsDone"/>), and the report and registration dialogs.
/// </summary>
public sealed class DeadlinesReminderWork(CompletionStore completions, TimeProvider time) : IReminderWork
{
    public IReadOnlyList<WorkOccurrence> OccurrencesAround(Plan plan, Obligation obligation, DateOnly today) =>
        ObligationOccurrences.Around(obligation, today, plan.Period).Select(From).ToList();

    public WorkOccurrence? FindOccurrence(Plan plan, Obligation obligation, string occurrenceKey) =>
        ObligationOccurrences.Find(obligation, occurrenceKey, plan.Period) is { } occurrence ? From(occurrence) : null;

    public IReadOnlySet<string> UnitsThatMustAct(Obligation obligation, IReadOnlyList<Unit> units)
    {
        var audience = ObligationAssignees.Resolve(obligation, units);
        return audience.AllUnits ? units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal) : audience.UnitIds;
    }

    public async Task<IReadOnlySet<string>> DoneUnitsAsync(string planId, WorkOccurrence occurrence, IEnumerable<string> unitIds, CancellationToken cancellationToken)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unitId in unitIds)
        {
            if ((await completions.GetAsync(planId, unitId, cancellationToken))?.IsDone(occurrence.Key) == true) done.Add(unitId);
        }
        return done;
    }

    public bool IsDoneByPerson(string planId, WorkOccurrence occurrence, UserState user, string? unitId) =>
        DeadlineBoard.IsDone(planId, ToFlows(occurrence), null, user, unitId);

    public async Task MarkDoneAsync(string planId, WorkOccurrence occurrence, string unitId, Person by, CancellationToken cancellationToken) =>
        await completions.MarkDoneAsync(planId, unitId, new Completion
        {
            Key = occurrence.Key, ObligationId = occurrence.Obligation.Id, Source = CompletionSource.Marked, By = by.Key, ByName = by.Name, At = time.GetUtcNow(),
        }, cancellationToken);

    public WorkDialog? DialogFor(string planId, WorkOccurrence occurrence) => occurrence.Kind == WorkKind.Registration
        ? new WorkDialog(RegisterDialog.DialogId, new CommitmentDraft { PresetPlanId = planId })
        : new WorkDialog(ReportDialog.DialogId, new ReportDraft { PresetPlanId = planId, PresetOccurrence = occurrence.Key });

    private static WorkOccurrence From(ObligationOccurrence occurrence) => new(occurrence.Obligation, occurrence.Due, occurrence.Key, occurrence.Kind switch
    {
        ObligationKind.Registration => WorkKind.Registration,
        ObligationKind.Task => WorkKind.Task,
        _ => WorkKind.Report,
    });

    private static ObligationOccurrence ToFlows(WorkOccurrence occurrence) => new(occurrence.Obligation, occurrence.Deadline, occurrence.Key);
}
