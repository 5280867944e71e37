namespace EmulationBot.Reminders;

/// <summary>Section <c>Reminders</c>: when reminders go out (defaults: 7, 3, 1 days before and on the day at 08:00, then 3 chases).</summary>
public sealed class ReminderOptions
{
    public List<int> DaysBefore { get; set; } = [7, 3, 1];
    public bool OnDueDay { get; set; } = true;

    /// <summary>Vietnam time of day for reminders ("08:00").</summary>
    public string SendAt { get; set; } = "08:00";

    public int OverdueEveryWorkingDays { get; set; } = 2;
    public int OverdueMaxCount { get; set; } = 3;

    /// <summary>Whether, one chase interval after the last chase, unit heads and the office are told who is still overdue.</summary>
    public bool Escalate { get; set; } = true;

    /// <summary>Messages go out only between these Vietnam times, and never on weekends or holidays.</summary>
    public string WindowStart { get; set; } = "07:30";
    public string WindowEnd { get; set; } = "20:00";

    /// <summary>Public holidays as yyyy-MM-dd (lunar ones such as Tết change every year), plus fixed MM-dd ones.</summary>
    public List<string> Holidays { get; set; } = ["01-01", "04-30", "05-01", "09-02"];
}
