using EmulationBot.Reminders.Delivery;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>What one scheduler pass did, added up over its occurrences and jobs.</summary>
public sealed class PassSummary
{
    public int Occurrences { get; set; }
    public int Jobs { get; set; }
    public int Sent { get; private set; }
    public int Failed { get; private set; }
    public int Gone { get; private set; }
    public int Unreachable { get; private set; }
    public int Resent { get; private set; }
    public int Throttled { get; private set; }

    public void Add(DeliveryReport report)
    {
        Sent += report.Sent;
        Failed += report.Failed;
        Gone += report.Gone;
        Unreachable += report.Unreachable;
        Resent += report.Resent;
        Throttled += report.Throttled;
    }

    public override string ToString() =>
        $"{Occurrences} occurrences, {Jobs} jobs: sent {Sent}, failed {Failed}, gone {Gone}, unreachable {Unreachable}, resent {Resent}";
}
