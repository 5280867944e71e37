using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Deadlines;

/// <summary>
/// One time an obligation falls due. A one-off obligation has one, keyed by the obligation's id; a recurring one
/// ("hằng tháng", "hằng quý") has one per period, keyed "o7@2025-06" so that each period is reported and done on its own.
/// </summary>
public sealed record ObligationOccurrence(Obligation Obligation, PlanDate Due, string Key)
{
    public bool IsRecurring => Obligation.Recurrence is not null;

    public ObligationKind Kind => ObligationKinds.Of(Obligation);
}
