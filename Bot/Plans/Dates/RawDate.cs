namespace EmulationBot.Plans.Dates;

/// <summary>A date expression found by <see cref="DateScanner"/>, before its year is settled and its role judged.</summary>
internal sealed record RawDate(int Start, int End, DatePrecision Precision, int? Year, int Quarter, int Month, int Day)
{
    /// <summary>True when the text named the unit ("ngày", "tháng", "quý", "năm"), not only digits ("30/5").</summary>
    public bool Worded { get; init; }

    public bool Approximate { get; init; }

    /// <summary>For "2021 - 2025": the first year of the pair (this record is the second).</summary>
    public int? SpanFirstYear { get; init; }

    public int Length => End - Start;

    public PlanDate? ToPlanDate(int? year)
    {
        var y = Year ?? year;
        if (y is not { } value || value is < PlanDate.MinYear or > PlanDate.MaxYear) return null;
        var day = Day == 0 && Approximate && Month is >= 1 and <= 12 ? DateTime.DaysInMonth(value, Month) : Day;
        return Precision switch
        {
            DatePrecision.Day when PlanDate.IsValidDay(value, Month, day) => PlanDate.OnDay(value, Month, day),
            DatePrecision.Day => null,
            DatePrecision.Month => PlanDate.InMonth(value, Month),
            DatePrecision.Quarter => PlanDate.InQuarter(value, Quarter),
            _ => PlanDate.InYear(value),
        };
    }
}
