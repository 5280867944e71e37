using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Model;

/// <summary>What identifies a plan on paper: its number ("461/KH-UBND", or "/KH-SKHCN" when left blank), issuer, province and date.</summary>
public sealed record PlanIdentity
{
    public string? Number { get; init; }

    /// <summary>The issuing body, e.g. "Sở Khoa học và Công nghệ".</summary>
    public string? Issuer { get; init; }

    public string? Province { get; init; }

    /// <summary>The issue date; a month when the day was left blank ("ngày   tháng 5 năm 2022").</summary>
    public PlanDate? Issued { get; init; }
}
