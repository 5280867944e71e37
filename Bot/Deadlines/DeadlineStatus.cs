namespace EmulationBot.Deadlines;

/// <summary>Where an obligation stands for a unit: done, still to do, or past its due day and not done.</summary>
public enum DeadlineStatus
{
    Done,
    Pending,
    Overdue,
}
