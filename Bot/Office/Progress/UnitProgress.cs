using EmulationBot.Commitments;
using EmulationBot.Deadlines;
using EmulationBot.Units;

namespace EmulationBot.Office.Progress;

/// <summary>One unit under a plan: its people and their registrations, its own (collective) registration, and its work.</summary>
public sealed record UnitProgress(Unit Unit, IReadOnlyList<PersonProgress> People, IReadOnlyList<Commitment> Collective, IReadOnlyList<WorkProgress> Work)
{
    public int Registered => People.Count(p => p.Registrations.Count > 0);

    public int Count(DeadlineStatus status) => Work.Count(w => w.Status == status);

    /// <summary>The people who have not registered under the plan.</summary>
    public IEnumerable<PersonProgress> NotRegistered => People.Where(p => p.Registrations.Count == 0);
}

/// <summary>A member of the unit and their registrations (not withdrawn) under the plan.</summary>
public sealed record PersonProgress(Member Member, IReadOnlyList<Commitment> Registrations);

/// <summary>One occurrence of an obligation the unit must meet: done, pending or overdue, and who did it.</summary>
public sealed record WorkProgress(ObligationOccurrence Occurrence, DeadlineStatus Status, int DaysLeft, Completion? Completion);
