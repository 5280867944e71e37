using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The unit of retrieval: a sentence of a passage, or a clause of a long sentence (split at ";"), so that an
/// answer quotes only what holds the answer. <see cref="SentenceStart"/>/<see cref="SentenceEnd"/> let the answer grow back to the sentence.
/// </summary>
public sealed class Segment
{
    public required int Index { get; init; }
    public required QaSection Section { get; init; }
    public required QaPassage Passage { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required int SentenceStart { get; init; }
    public required int SentenceEnd { get; init; }

    /// <summary>The heading of the section above this segment's section ("" at the top level).</summary>
    public string ParentHeading { get; init; } = "";

    /// <summary>Sorted ids of the terms of the segment's own text and its section's heading.</summary>
    public int[] TermIds { get; set; } = [];

    /// <summary>Sorted ids of the terms only the parent heading or the rest of its passage hold.</summary>
    public int[] ContextIds { get; set; } = [];

    public string Text => Passage.Text[Start..End];

    public string Sentence => Passage.Text[SentenceStart..SentenceEnd];

    public bool IsWholePassage => Start == 0 && End == Passage.Text.Length;

    public IEnumerable<QaDate> Dates => Passage.Dates.Where(d => d.Start >= Start && d.End <= End);

    /// <summary>What the segment offers the question cues (set when the plan is indexed).</summary>
    public SegmentFeatures Features { get; set; } = SegmentFeatures.None;
}
