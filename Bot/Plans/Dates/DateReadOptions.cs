namespace EmulationBot.Plans.Dates;

/// <summary>How to read dates: from a plan document (strict) or from what a user typed (lenient, year may be implied).</summary>
public sealed record DateReadOptions
{
    public static DateReadOptions Document { get; } = new();

    /// <summary>The year for dates written without one ("trước ngày 15/12"), e.g. the plan's issue year.</summary>
    public int? DefaultYear { get; init; }

    /// <summary>
    /// User input: also reads "30/5", "10/2022", "Q3 2025", "2022", English month names. Without a year the
    /// <see cref="ReferenceDate"/>'s year is used (the next year when <see cref="PreferFuture"/> and the date has passed).
    /// </summary>
    public bool UserInput { get; init; }

    public DateOnly? ReferenceDate { get; init; }

    public bool PreferFuture { get; init; }

    public static DateReadOptions ForInput(DateOnly today, bool preferFuture = true) =>
        new() { UserInput = true, ReferenceDate = today, DefaultYear = today.Year, PreferFuture = preferFuture };
}
