using EmulationBot.Plans.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace EmulationBot.Tests.Plans.Dates;

/// <summary>FsCheck generators for plan dates of every precision and for recurrences.</summary>
internal static class PlanDateGenerators
{
    public static Gen<PlanDate> Dates { get; } = Gen.OneOf(
        from y in Gen.Choose(1990, 2150)
        from m in Gen.Choose(1, 12)
        from d in Gen.Choose(1, DateTime.DaysInMonth(2001, m))
        select PlanDate.OnDay(y, m, Math.Min(d, DateTime.DaysInMonth(y, m))),
        from y in Gen.Choose(1990, 2150)
        from d in Gen.Choose(28, 29)
        select PlanDate.OnDay(y, 2, Math.Min(d, DateTime.DaysInMonth(y, 2))),
        from y in Gen.Choose(1990, 2150)
        from m in Gen.Choose(1, 12)
        select PlanDate.InMonth(y, m),
        from y in Gen.Choose(1990, 2150)
        from q in Gen.Choose(1, 4)
        select PlanDate.InQuarter(y, q),
        Gen.Choose(1990, 2150).Select(PlanDate.InYear));

    public static Gen<Recurrence> Recurrences { get; } = Gen.OneOf(
        Gen.Choose(1, 31).Select(d => Recurrence.Monthly(d)),
        from f in Gen.Elements(RecurrenceFrequency.Weekly, RecurrenceFrequency.Monthly, RecurrenceFrequency.Yearly)
        from n in Gen.Choose(1, 12)
        select new Recurrence(f, n));

    public static Arbitrary<PlanDate> DateArb => Arb.From(Dates);
    public static Arbitrary<Recurrence> RecurrenceArb => Arb.From(Recurrences);
}
