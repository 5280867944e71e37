namespace EmulationBot.Commitments;

/// <summary>An emulation title one can aim at, for a person or for a collective.</summary>
/// <param name="Code">Stable id stored with registrations.</param>
/// <param name="Synonyms">Other ways people type it, folded: abbreviations ("ldtt", "cstdcs") and English names.</param>
public sealed record EmulationTitle(string Code, CommitmentKind Kind, string Vietnamese, string English, string[] Synonyms)
{
    public string Name(Localization.Language language) => language == Localization.Language.English ? English : Vietnamese;
}
