using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// What a segment offers the question cues — units, places, documents, dates with the clause each closes, counts
/// with the words after them — worked out once when the plan is indexed, so that answering only compares.
/// </summary>
public sealed class SegmentFeatures
{
    public static SegmentFeatures None { get; } = new();

    /// <summary>Its sentence or its section's heading names a unit.</summary>
    public bool HasUnit { get; init; }

    /// <summary>The terms of its section's heading when that heading is a unit ("Văn phòng Sở"), else none.</summary>
    public string[] UnitHeadingTerms { get; init; } = [];

    public bool IsPeriod { get; init; }

    public bool IsPurpose { get; init; }

    /// <summary>The first thing the plan's "Mục đích" section says (plans put the main purpose first).</summary>
    public bool IsFirstPurpose { get; set; }

    /// <summary>Its text, or its sentence, holds a web or e-mail address.</summary>
    public bool AddressInText { get; init; }

    public bool AddressInSentence { get; init; }

    /// <summary>Its text, or its sentence, holds an e-mail address.</summary>
    public bool EmailInText { get; init; }

    public bool EmailInSentence { get; init; }

    public bool PlaceInText { get; init; }

    public bool PlaceInSentence { get; init; }

    /// <summary>Document numbers in the segment's own text, and in its whole sentence.</summary>
    public string[] Documents { get; init; } = [];

    public string[] SentenceDocuments { get; init; } = [];

    /// <summary>The dated obligation of the plan this segment states, if any.</summary>
    public QaObligation? Obligation { get; init; }

    /// <summary>The dates of its sentence.</summary>
    public DateFeature[] Dates { get; init; } = [];

    /// <summary>The counts of its sentence.</summary>
    public CountFeature[] Counts { get; init; } = [];
}
