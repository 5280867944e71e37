using System.Buffers;
using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Retrieval;

/// <summary>Searches one plan: BM25 over all segments, then coverage and cue fit over the best few (and the facts a cue names).</summary>
public static class PlanSearch
{
    public const int Shortlist = 24;

    /// <summary>Words that name the plan (its title, province, "kế hoạch") are in most of it: they weigh less here.</summary>
    public const double ReferenceWeight = 0.3;

    public const double UnaskedFactWeight = 0.8;

    public static List<Candidate> Search(PlanIndex index, AnalyzedQuestion question, int take = 5)
    {
        var count = index.Segments.Count;
        var scores = ArrayPool<double>.Shared.Rent(count);
        try
        {
            var span = scores.AsSpan(0, count);
            span.Clear();
            index.Score(Weighted(index, question), span);
            var max = 0.0;
            foreach (var s in span) max = Math.Max(max, s);
            var shortlist = Top(span, Shortlist);
            foreach (var segment in index.Segments)
            {
                // The passages a cue names (the recipients, the issuer, the movement's period) are weighed whatever their BM25.
                if (CueFit.FactBonus(segment, question) > 0 && !shortlist.Contains(segment.Index)) shortlist.Add(segment.Index);
            }
            var candidates = new List<Candidate>(shortlist.Count);
            foreach (var i in shortlist) candidates.Add(Measure(index, index.Segments[i], max > 0 ? scores[i] / max : 0, question));
            candidates.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Segment.Index.CompareTo(b.Segment.Index));
            if (candidates.Count > take) candidates.RemoveRange(take, candidates.Count - take);
            return candidates;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
        }
    }

    /// <summary>The cues are weighed only for a segment that could be confident: the others cannot be the answer anyway.</summary>
    private static Candidate Measure(PlanIndex index, Segment segment, double relevance, AnalyzedQuestion question)
    {
        var coverage = Coverage.Of(index, segment, question);
        var fact = CueFit.FactBonus(segment, question);
        // The theme or number of the plan is the answer only when the question is about the plan itself, not about
        // something else that has a name ("tên đầy đủ của phong trào nông thôn mới").
        if (segment.Passage.Fact is QaFact.Theme or QaFact.Number && coverage < Candidate.Threshold) fact = 0;
        // A fact the bot states (the recipients, the issuer) answers its own kind of question; for others it is weaker evidence than the plan's text.
        if (segment.Passage.Fact != QaFact.None && fact == 0) coverage *= UnaskedFactWeight;
        if (coverage + 0.5 * fact < Candidate.Threshold) return new Candidate(index, segment, relevance, coverage, 0, fact, fact);
        return new Candidate(index, segment, relevance, coverage, CueFit.Evaluate(index, segment, question), CueFit.Bonus(index, segment, question), fact);
    }

    private static QueryTerm[] Weighted(PlanIndex index, AnalyzedQuestion question)
    {
        var terms = new QueryTerm[question.Terms.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var t = question.Terms[i];
            terms[i] = index.ReferenceTerms.Contains(t.Text) ? t with { Weight = t.Weight * ReferenceWeight } : t;
        }
        return terms;
    }

    private static List<int> Top(ReadOnlySpan<double> scores, int k)
    {
        var best = new List<int>(k + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0) continue;
            if (best.Count == k && scores[i] <= scores[best[^1]]) continue;
            var at = best.Count;
            while (at > 0 && scores[best[at - 1]] < scores[i]) at--;
            best.Insert(at, i);
            if (best.Count > k) best.RemoveAt(best.Count - 1);
        }
        return best;
    }
}
