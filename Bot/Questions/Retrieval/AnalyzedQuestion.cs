using EmulationBot.Localization;

namespace EmulationBot.Questions.Retrieval;

/// <summary>A question read for retrieval: its cues, weighted search terms, content words, and the plans it names.</summary>
public sealed class AnalyzedQuestion
{
    public required string Text { get; init; }

    public required Language Language { get; init; }

    public required QuestionCue Cues { get; init; }

    public required IReadOnlyList<QueryTerm> Terms { get; init; }

    /// <summary>The question's own content syllables, each with the alternatives that also cover it.</summary>
    public required IReadOnlyList<ContentWord> Words { get; init; }

    /// <summary>The question's neighbouring syllable pairs ("xem_phim"): a segment sharing none of them rarely answers it.</summary>
    public IReadOnlyList<ContentWord> Pairs { get; init; } = [];

    /// <summary>The units of meaning coverage counts: the syllables, with a known two-syllable word standing for its own (<see cref="ContentWord.IsLexical"/>).</summary>
    public IReadOnlyList<ContentWord> WordUnits { get; init; } = [];

    /// <summary>For "bao nhiêu X": the first syllable of X, which the count in the answer must come before.</summary>
    public string? CountedNoun { get; init; }

    /// <summary>For "khóa mấy" / "lần thứ mấy": the word the ordinal asked follows ("khoa"), so that the answer is the numeral after it.</summary>
    public string? Ordinal { get; init; }

    /// <summary>For "ngày nào" / "tháng nào" / "năm nào": the coarsest date that answers (null: any date).</summary>
    public Corpus.QaDatePrecision? AskedPrecision { get; init; }

    /// <summary>The word a "… là gì / là ai" question is about (<see cref="QuestionFocus"/>): an answer must hold it or a synonym.</summary>
    public ContentWord? Focus { get; init; }

    /// <summary>The names the question quotes (“Hai giỏi”), each as the index terms it must find: its syllable pairs, or its one syllable.</summary>
    public IReadOnlyList<string[]> Quoted { get; init; } = [];

    /// <summary>Document numbers the question mentions ("791/kh-ubnd").</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>Ids of the plans the question names.</summary>
    public IReadOnlySet<string> NamedPlans { get; init; } = new HashSet<string>();

    public bool Has(QuestionCue cue) => (Cues & cue) != 0;

    /// <summary>True when the text asked something: a question word, a question mark, or words to search for.</summary>
    public bool LooksLikeQuestion => Cues != QuestionCue.None || Text.TrimEnd().EndsWith('?');
}
