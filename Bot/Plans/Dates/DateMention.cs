namespace EmulationBot.Plans.Dates;

/// <summary>One date found in a text: where it is (marker words included), its value, how it binds and what it is.</summary>
/// <param name="Start">Index of the first character, the marker words ("trước ngày") included.</param>
/// <param name="Length">Length in characters of the whole expression.</param>
/// <param name="DateStart">Index where the date itself starts (after the marker words).</param>
public sealed record DateMention(int Start, int Length, int DateStart, PlanDate Value, DateMarker Marker, DateRole Role)
{
    /// <summary>For "từ … đến …": the start of the range.</summary>
    public PlanDate? RangeStart { get; init; }

    /// <summary>True for "cuối tháng 11" and the like: a day computed from a period.</summary>
    public bool Approximate { get; init; }

    public int End => Start + Length;

    /// <summary>A deadline the plan sets: its own date, with a deadline word before it.</summary>
    public bool IsDeadline => Role == DateRole.Plain && Marker != DateMarker.None;
}
