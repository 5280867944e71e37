using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Store;

/// <summary>A published plan as lists show it.</summary>
public sealed record PlanSummary(
    string Id,
    string? Number,
    string Title,
    string? Issuer,
    string? Province,
    PlanDate? Issued,
    int Revision,
    DateTimeOffset PublishedAt,
    int ObligationCount)
{
    public static PlanSummary From(PlanPointer p) =>
        new(p.PlanId, p.Number, p.Title, p.Issuer, p.Province, p.Issued, p.Revision, p.PublishedAt, p.ObligationCount);
}
