using System.Buffers;
using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Retrieval;

/// <summary>Searches one plan: BM25 over all segments, then coverage and cue fit over the best few (and the facts a cue names).</summary>
public static class PlanSearch
{
    public const int Shortlist = 24;

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
                if (segment.Passage.Fact != QaFact.None && CueFit.FactBonus(segment, question) > 0 && !shortlist.Contains(segment.Index)) shortlist.Add(segment.Index);
            }
            return shortlist
                .Select(i => index.Segments[i])
                .Select(s => new Candidate(index, s, max > 0 ? scores[s.Index] / max : 0, Coverage.Of(index, s, question), CueFit.Evaluate(index, s, question), CueFit.Bonus(index, s, question), CueFit.FactBonus(s, question)))
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Segment.Index)
                .Take(take)
                .ToList();
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
        }
    }

    /// <summary>Words that name the plan (its title, province, "kế hoạch") are in most of it: they weigh less here.</summary>
    private static List<QueryTerm> Weighted(PlanIndex index, AnalyzedQuestion question) =>
        question.Terms.Select(t => index.ReferenceTerms.Contains(t.Text) ? t with { Weight = t.Weight * ReferenceWeight } : t).ToList();

    public const double ReferenceWeight = 0.3;

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
