namespace EmulationBot.Plans.Dates;

/// <summary>The unit a recurring obligation repeats in ("hằng quý" is every 3 months).</summary>
public enum RecurrenceFrequency
{
    Weekly,
    Monthly,
    Yearly,
}
