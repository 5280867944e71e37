using EmulationBot.Conversation;
using EmulationBot.Plans.Model;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Work;

/// <summary>
/// What reminders need to know about the work itself — when an obligation falls due, which units must act, who has
/// done it, and which dialog does it — answered by the guided flows (Deadlines, Reports, Commitments) so that the
/// deadlines list, reminders and the office views agree.
/// </summary>
public interface IReminderWork
{
    /// <summary>The occurrences of an obligation worth reminding of around <paramref name="today"/> (a recurring one has one per period).</summary>
    IReadOnlyList<WorkOccurrence> OccurrencesAround(Plan plan, Obligation obligation, DateOnly today);

    /// <summary>The occurrence a key names ("o3", "o7@2025-06"), or null when it no longer fits the obligation.</summary>
    WorkOccurrence? FindOccurrence(Plan plan, Obligation obligation, string occurrenceKey);

    /// <summary>The ids of the units of <paramref name="units"/> that must act on the obligation.</summary>
    IReadOnlySet<string> UnitsThatMustAct(Obligation obligation, IReadOnlyList<Unit> units);

    /// <summary>Those of <paramref name="unitIds"/> that have completed the occurrence (a report, or marked done).</summary>
    Task<IReadOnlySet<string>> DoneUnitsAsync(string planId, WorkOccurrence occurrence, IEnumerable<string> unitIds, CancellationToken cancellationToken);

    /// <summary>Whether the person did their own part: their report for it (for <paramref name="unitId"/>), or for a registration obligation their registration.</summary>
    bool IsDoneByPerson(string planId, WorkOccurrence occurrence, UserState user, string? unitId);

    /// <summary>Records that the unit has done the occurrence ("đã xong" on a reminder).</summary>
    Task MarkDoneAsync(string planId, WorkOccurrence occurrence, string unitId, Person by, CancellationToken cancellationToken);

    /// <summary>The dialog that does the work ("làm ngay"), or that asks for the report or registration "đã xong" needs; null for a plain task.</summary>
    WorkDialog? DialogFor(string planId, WorkOccurrence occurrence);
}
