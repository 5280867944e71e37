using EmulationBot.Conversation;

namespace EmulationBot.Reports;

/// <summary>Keeps the user's index of submitted reports (<see cref="UserState.Reports"/>), newest last, at most <see cref="Capacity"/> lines.</summary>
public static class ReportIndex
{
    public const int Capacity = 50;

    public static void Add(UserState user, ReportRef entry)
    {
        user.Reports.RemoveAll(r => r.Key == entry.Key);
        user.Reports.Add(entry);
        if (user.Reports.Count > Capacity) user.Reports.RemoveRange(0, user.Reports.Count - Capacity);
    }
}
