using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Reminders.Work;

/// <summary>One time an obligation falls due: its deadline as the plan gives it (due on its last day) and a stable key.</summary>
/// <param name="Key">The obligation's id, or "id@period" for one period of a recurring obligation.</param>
public sealed record WorkOccurrence(Obligation Obligation, PlanDate Deadline, string Key, WorkKind Kind)
{
    /// <summary>The day it falls due (the last day of the deadline's period).</summary>
    public DateOnly Due => Deadline.Last;
}

/// <summary>How the work gets done: by registering, by sending a report, or by doing it and saying so.</summary>
public enum WorkKind { Registration, Report, Task }
