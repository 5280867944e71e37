using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// A BM25 index over one plan's segments. A segment's terms are its own words, plus its section's heading and
/// its parent's (a bullet under "1. Văn phòng Sở" is about the Văn phòng Sở) and the rest of its passage, at
/// lower weights (BM25F). Every posting's contribution is computed once at build time, so a search only adds.
/// </summary>
public sealed class PlanIndex
{
    private readonly Dictionary<string, int> _termIds;
    private readonly Posting[][] _postings;
    private readonly double[] _idf;

    private PlanIndex(QaPlan plan, Segment[] segments, Dictionary<string, int> termIds, Posting[][] postings, double[] idf, HashSet<string> reference)
    {
        Plan = plan;
        Segments = segments;
        _termIds = termIds;
        _postings = postings;
        _idf = idf;
        ReferenceTerms = reference;
    }

    public QaPlan Plan { get; }

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Words that name the plan itself (title, theme, issuer, province): every segment is "about" them.</summary>
    public IReadOnlySet<string> ReferenceTerms { get; }

    public int TermCount => _termIds.Count;

    /// <summary>The IDF of a term, or null when the plan never uses it.</summary>
    public double? Idf(string term) => _termIds.TryGetValue(term, out var id) ? _idf[id] : null;

    /// <summary>The IDF a term would have if one segment held it: the weight of a word the plan never uses.</summary>
    public double RareIdf => Bm25.Idf(Segments.Count, 1);

    /// <summary>Adds each weighted term's BM25 contribution to <paramref name="scores"/> (one slot per segment).</summary>
    public void Score(IReadOnlyList<QueryTerm> query, Span<double> scores)
    {
        foreach (var term in query)
        {
            if (!_termIds.TryGetValue(term.Text, out var id)) continue;
            foreach (var posting in _postings[id]) scores[posting.Segment] += term.Weight * posting.Contribution;
        }
    }

    /// <summary>True when the segment holds the term in any of its fields.</summary>
    public bool Holds(Segment segment, string term) => Credit(segment, term) > 0;

    /// <summary>1 when the segment's text or its section's heading holds the term, <see cref="ContextCredit"/> when only the parent heading or the rest of the passage does, else 0.</summary>
    public double Credit(Segment segment, string term)
    {
        if (!_termIds.TryGetValue(term, out var id)) return 0;
        if (Array.BinarySearch(segment.TermIds, id) >= 0) return 1;
        return Array.BinarySearch(segment.ContextIds, id) >= 0 ? ContextCredit : 0;
    }

    public const double ContextCredit = 0.7;

    public static PlanIndex Build(QaPlan plan) => PlanIndexBuilder.Build(plan, (p, s, ids, postings, idf, reference) => new PlanIndex(p, s, ids, postings, idf, reference));

    /// <summary>One segment's share of a term: already weighted by field, length-normalised and multiplied by the IDF.</summary>
    internal readonly record struct Posting(int Segment, double Contribution);
}
