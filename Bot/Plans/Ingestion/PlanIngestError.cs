namespace EmulationBot.Plans.Ingestion;

/// <summary>Why a file could not be taken in as a plan; each has a polite message in Strings (plans.errors.*).</summary>
public enum PlanIngestError
{
    Empty,
    TooLarge,
    Pdf,
    Image,
    LegacyWord,
    Unsupported,
    Encoding,
    Corrupt,
    NotAPlan,
}
