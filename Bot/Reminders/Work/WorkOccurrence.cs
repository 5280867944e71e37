using EmulationBot.Plans.Model;

namespace EmulationBot.Reminders.Work;

/// <summary>One time an obligation falls due: its due day (the last day of the period the plan gives) and a stable key.</summary>
/// <param name="Key">The obligation's id, or "id@period" for one period of a recurring obligation.</param>
public sealed record WorkOccurrence(Obligation Obligation, DateOnly Due, string Key, WorkKind Kind);

/// <summary>How the work gets done: by registering, by sending a report, or by doing it and saying so.</summary>
public enum WorkKind { Registration, Report, Task }
