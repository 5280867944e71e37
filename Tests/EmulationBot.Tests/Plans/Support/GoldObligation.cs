using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Tests.Plans.Support;

/// <summary>An obligation a person found in a plan: section, due date (ISO, null when only recurring), units, a key phrase of "what".</summary>
internal sealed record GoldObligation(string Section, string? Due, string[] Who, string Keyword, string? Recurrence = null, string? From = null)
{
    /// <summary>Same obligation: same section, deadline (with precision), recurrence and window, and "what" holds the key phrase.</summary>
    public bool Matches(Obligation found) =>
        found.SectionId == Section
        && found.Due?.ToIso() == Due
        && found.Recurrence?.ToRule() == Recurrence
        && found.From?.ToIso() == From
        && AlignedFold.Fold(found.What).Contains(AlignedFold.Fold(Keyword), StringComparison.Ordinal);

    public bool SameUnits(Obligation found) =>
        found.Who.Select(AlignedFold.Fold).Order().SequenceEqual(Who.Select(AlignedFold.Fold).Order());
}
