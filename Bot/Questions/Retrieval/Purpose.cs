using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>Whether a segment states a purpose: it sits under a "Mục đích" heading or says "nhằm …".</summary>
public static class Purpose
{
    public static bool IsPurpose(Segment segment)
    {
        var headings = FoldedText.Of(segment.Section.Heading + " " + segment.ParentHeading);
        if (headings.Contains("muc dich", StringComparison.Ordinal)) return true;
        return (" " + FoldedText.Of(segment.Text) + " ").Contains(" nham ", StringComparison.Ordinal);
    }

    /// <summary>The first thing a "Mục đích" section states: plans put the main purpose first.</summary>
    public static bool IsFirst(PlanIndex index, Segment segment)
    {
        var first = index.Segments.FirstOrDefault(s => s.Passage.Fact == Corpus.QaFact.None
            && FoldedText.Of(s.Section.Heading + " " + s.ParentHeading).Contains("muc dich", StringComparison.Ordinal));
        return first is not null && first.Passage == segment.Passage && segment.SentenceStart == first.SentenceStart;
    }
}
