using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Answering;

/// <summary>
/// A list question whose items the plan states in several places ("các nghị quyết của Tỉnh ủy": one bullet cites
/// one, another bullet the other): the best quote, then the other sentences of the same plan that answer the
/// question nearly as well, each with its section.
/// </summary>
public static class ListItems
{
    public const int MaxMore = 2;

    /// <summary>How much less of the question another item may cover than the best one, and how much lower it may rank.</summary>
    private const double CoverageSlack = 0.05;

    private const double ScoreSlack = 0.3;

    public static string Append(string quote, Candidate best, IEnumerable<Candidate> candidates, AnalyzedQuestion question)
    {
        if (!question.Has(QuestionCue.List) || best.Segment.Passage.Fact != Corpus.QaFact.None) return quote;
        var more = candidates
            .Where(c => c.Segment.Passage.Fact == Corpus.QaFact.None && c.Confidence >= Candidate.Threshold && c.Fit >= best.Fit
                        && c.Coverage >= best.Coverage - CoverageSlack && c.Score >= best.Score - ScoreSlack && !SameSentence(c, best))
            .DistinctBy(c => (c.Segment.Passage, c.Segment.SentenceStart))
            .Take(MaxMore)
            .Select(c => $"{QuoteBuilder.Build(c, question).Quote} ({Citation.Label(c.Segment.Section, question.Language)})")
            .ToList();
        return more.Count == 0 ? quote : quote + "\n" + string.Join("\n", more);
    }

    private static bool SameSentence(Candidate a, Candidate b) =>
        a.Segment.Passage == b.Segment.Passage && a.Segment.SentenceStart == b.Segment.SentenceStart;
}
