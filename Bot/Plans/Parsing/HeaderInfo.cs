using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Parsing;

/// <summary>What the header, title and preamble of a plan say about it.</summary>
internal sealed record HeaderInfo(string? Number, string? Issuer, string? Province, PlanDate? Issued, string Title, string? Theme);
