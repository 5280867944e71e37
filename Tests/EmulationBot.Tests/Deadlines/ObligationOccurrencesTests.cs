using EmulationBot.Deadlines;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Tests.Deadlines;

public class ObligationOccurrencesTests
{
    private static Obligation Make(Recurrence? recurrence = null, PlanDate? due = null, PlanDate? from = null) =>
        new() { Id = "o7", What = "Báo cáo", Recurrence = recurrence, Due = due, From = from };

    private static string[] Around(Obligation obligation, DateOnly today) =>
        [.. ObligationOccurrences.Around(obligation, today).Select(o => $"{o.Key} {o.Due.Last:dd/MM/yyyy}")];

    [Fact]
    public void OneOff_HasItsDeadline_KeyedByTheObligation() =>
        Assert.Equal(["o7 31/10/2025"], Around(Make(due: PlanDate.InMonth(2025, 10)), new DateOnly(2025, 5, 20)));

    [Fact]
    public void OneOff_WithoutADate_HasNone() => Assert.Empty(Around(Make(), new DateOnly(2025, 5, 20)));

    [Fact]
    public void MonthlyOnADay_ThePreviousAndTheNextPeriod()
    {
        Assert.Equal(["o7@2025-04-25 25/04/2025", "o7@2025-05-25 25/05/2025"], Around(Make(Recurrence.Monthly(25)), new DateOnly(2025, 5, 20)));
        Assert.Equal(["o7@2025-05-25 25/05/2025", "o7@2025-06-25 25/06/2025"], Around(Make(Recurrence.Monthly(25)), new DateOnly(2025, 5, 26)));
    }

    [Fact]
    public void MonthlyOnThe31st_UsesTheMonthsLastDay() =>
        Assert.Equal(["o7@2025-01-31 31/01/2025", "o7@2025-02-28 28/02/2025"], Around(Make(Recurrence.Monthly(31)), new DateOnly(2025, 2, 3)));

    [Fact]
    public void Quarterly_EndsOfQuarters() =>
        Assert.Equal(["o7@2025-Q1 31/03/2025", "o7@2025-Q2 30/06/2025"], Around(Make(Recurrence.Quarterly), new DateOnly(2025, 5, 20)));

    [Fact]
    public void EverySixMonths_JuneAndDecember() =>
        Assert.Equal(["o7@2024-12 31/12/2024", "o7@2025-06 30/06/2025"], Around(Make(new Recurrence(RecurrenceFrequency.Monthly, 6)), new DateOnly(2025, 5, 20)));

    [Fact]
    public void Yearly_EndOfYear() =>
        Assert.Equal(["o7@2024 31/12/2024", "o7@2025 31/12/2025"], Around(Make(new Recurrence(RecurrenceFrequency.Yearly)), new DateOnly(2025, 5, 20)));

    [Fact]
    public void Recurring_BoundedByItsStartAndEnd()
    {
        var bounded = Make(Recurrence.Monthly(10), due: PlanDate.OnDay(2025, 6, 30), from: PlanDate.OnDay(2025, 5, 15));

        Assert.Equal(["o7@2025-06-10 10/06/2025"], Around(bounded, new DateOnly(2025, 5, 20)));
        Assert.Equal(["o7@2025-06-10 10/06/2025"], Around(bounded, new DateOnly(2025, 6, 20)));
    }

    [Fact]
    public void Recurring_WithoutBoundsOfItsOwn_StaysWithinThePlansPeriod()
    {
        var period = new PlanPeriod { From = PlanDate.OnDay(2025, 3, 15), To = PlanDate.OnDay(2025, 11, 30) };

        Assert.Equal(["o7@2025-04-10 10/04/2025"], [.. ObligationOccurrences.Around(Make(Recurrence.Monthly(10)), new DateOnly(2025, 4, 2), period).Select(o => $"{o.Key} {o.Due.Last:dd/MM/yyyy}")]);
        Assert.Null(ObligationOccurrences.Find(Make(Recurrence.Monthly(10)), "o7@2025-03-10", period));
        Assert.Null(ObligationOccurrences.Find(Make(Recurrence.Monthly(10)), "o7@2025-12-10", period));
    }

    [Fact]
    public void Find_ReadsKeysBack_AndRefusesForeignOnes()
    {
        var monthly = Make(Recurrence.Monthly(25));
        Assert.Equal(PlanDate.OnDay(2025, 3, 25), ObligationOccurrences.Find(monthly, "o7@2025-03-25")!.Due);
        Assert.Null(ObligationOccurrences.Find(monthly, "o8@2025-03-25"));
        Assert.Null(ObligationOccurrences.Find(monthly, "o7"));
        Assert.Null(ObligationOccurrences.Find(Make(due: PlanDate.OnDay(2025, 6, 15)), "o7@2025-06-15"));
        Assert.Equal("o7", ObligationOccurrences.ObligationIdOf("o7@2025-03-25"));
    }
}
