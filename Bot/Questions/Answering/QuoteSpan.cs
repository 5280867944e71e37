using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Answering;

/// <summary>
/// Chooses the stretch of the plan an answer quotes: the shortest run of clauses of the segment's sentence that
/// holds the whole answer. A clause grows to its sentence when the question needs the subject (who, where), a
/// purpose, a unit's tasks or a list, when the clause is too short to stand alone, or when the kind of answer
/// asked (a date, a count) is only elsewhere in the sentence; and it takes in the neighbouring clauses that hold
/// the question's words it lacks ("đợt thi đua … ; … tránh phô trương" for "đợt thi đua phải tránh gì").
/// </summary>
public static class QuoteSpan
{
    private const int ShortSegmentWords = 8;

    /// <summary>A "how" or list question quotes the whole passage when it is this short: its sentences together are the answer.</summary>
    private const int ShortPassageChars = 320;

    public static (int Start, int End) Of(Candidate candidate, AnalyzedQuestion question)
    {
        var s = candidate.Segment;
        if (s.Passage.Fact != QaFact.None) return (0, s.Passage.Text.Length);
        if (question.Has(QuestionCue.How | QuestionCue.List) && s.Passage.Text.Length <= ShortPassageChars) return (0, s.Passage.Text.Length);
        var whole = question.Has(QuestionCue.Who | QuestionCue.Where | QuestionCue.Purpose | QuestionCue.Duty | QuestionCue.List)
                    || Words(s.Text) < ShortSegmentWords || candidate.Fit < 1;
        if (whole || s.Start == s.SentenceStart && s.End == s.SentenceEnd) return (s.SentenceStart, s.SentenceEnd);
        var (start, end) = (s.Start, s.End);
        foreach (var word in Missing(candidate, question))
        {
            var holder = Clauses(candidate.Index, s).Where(c => Holds(candidate.Index, c, word)).MinBy(c => Math.Abs(c.Index - s.Index));
            if (holder is null) continue;
            start = Math.Min(start, holder.Start);
            end = Math.Max(end, holder.End);
        }
        return (start, end);
    }

    /// <summary>The question's content words (and known two-syllable words) the segment's own text does not hold.</summary>
    private static IEnumerable<ContentWord> Missing(Candidate candidate, AnalyzedQuestion question)
    {
        var index = candidate.Index;
        return question.WordUnits
            .Where(w => !index.ReferenceTerms.Contains(w.Term) && index.Idf(w.Term) is not null)
            .Where(w => !Holds(index, candidate.Segment, w));
    }

    private static bool Holds(PlanIndex index, Segment segment, ContentWord word) =>
        index.Credit(segment, word.Term) >= 1 || word.AlternativeTerms.Any(a => a.All(t => index.Credit(segment, t) >= 1));

    /// <summary>The other clauses of the segment's sentence (segments of one sentence are indexed one after another).</summary>
    private static IEnumerable<Segment> Clauses(PlanIndex index, Segment segment)
    {
        for (var i = segment.Index - 1; i >= 0 && SameSentence(index.Segments[i], segment); i--) yield return index.Segments[i];
        for (var i = segment.Index + 1; i < index.Segments.Count && SameSentence(index.Segments[i], segment); i++) yield return index.Segments[i];
    }

    private static bool SameSentence(Segment a, Segment b) => a.Passage == b.Passage && a.SentenceStart == b.SentenceStart;

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
