using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>Builds a <see cref="PlanIndex"/>: segments, their weighted terms per field, IDF and the postings.</summary>
internal static class PlanIndexBuilder
{
    /// <summary>Words every plan is about: they name the plan rather than a part of it.</summary>
    private static readonly string[] GenericReference =
        ["ke", "hoach", "phong", "trao", "thi", "dua", "khoa", "hoc", "cong", "nghe", "tinh", "ke_hoach", "phong_trao", "thi_dua", "khoa_hoc", "cong_nghe", "hoc_cong", "trao_thi"];

    public delegate PlanIndex Factory(QaPlan plan, Segment[] segments, Dictionary<string, int> termIds,
        PlanIndex.Posting[][] postings, double[] idf, HashSet<string> reference);

    public static PlanIndex Build(QaPlan plan, Factory create)
    {
        var drafts = new List<Draft>();
        foreach (var section in plan.Sections)
        {
            var heading = section.HeadingFromText ? [] : Unique(section.Heading);
            var parentHeading = section.ParentId is { } pid && plan.FindSection(pid) is { HeadingFromText: false } p ? p.Heading : "";
            var parent = Unique(parentHeading);
            foreach (var passage in section.Passages.Where(p => p.Searchable))
            {
                var folded = FoldedText.Of(passage.Text);
                var tokens = Tokenizer.Tokenize(folded, expand: true, FoldedText.Nfc(passage.Text));
                var pieces = passage.Fact == QaFact.None ? SegmentSplitter.Split(passage.Text) : [(0, passage.Text.Length, 0, passage.Text.Length)];
                foreach (var (start, end, ss, se) in pieces)
                {
                    var own = tokens.Where(t => t.Start >= start && t.End <= end).ToList();
                    var rest = pieces.Count > 1 ? Terms.All(tokens.Where(t => t.End <= start || t.Start >= end).ToList()).ToHashSet(StringComparer.Ordinal) : [];
                    var segment = new Segment
                    {
                        Index = drafts.Count, Section = section, Passage = passage, Start = start, End = end, SentenceStart = ss, SentenceEnd = se,
                        ParentHeading = parentHeading,
                    };
                    drafts.Add(new Draft(segment, Count(Terms.All(own)), own.Count, heading, parent, rest, tokens, folded));
                }
            }
        }

        var average = drafts.Count == 0 ? 1 : drafts.Average(d => d.Length);
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var weighted = new List<(int Term, int Segment, double Tf)>();
        foreach (var draft in drafts)
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (term, count) in draft.Own) tf[term] = Bm25.TextWeight * Bm25.LengthNormalised(count, draft.Length, average);
            AddField(tf, draft.Heading, Bm25.HeadingWeight);
            AddField(tf, draft.Parent, Bm25.ParentHeadingWeight);
            AddField(tf, draft.Rest, Bm25.PassageWeight);
            var own = new List<int>(tf.Count);
            var context = new List<int>();
            foreach (var (term, value) in tf)
            {
                if (!termIds.TryGetValue(term, out var id)) termIds[term] = id = termIds.Count;
                (draft.Own.ContainsKey(term) || draft.Heading.Contains(term) ? own : context).Add(id);
                weighted.Add((id, draft.Segment.Index, value));
            }
            own.Sort();
            context.Sort();
            draft.Segment.TermIds = own.ToArray();
            draft.Segment.ContextIds = context.ToArray();
        }

        var df = new int[termIds.Count];
        foreach (var (term, _, _) in weighted) df[term]++;
        var idf = df.Select(d => Bm25.Idf(drafts.Count, d)).ToArray();
        var postings = weighted.GroupBy(w => w.Term)
            .OrderBy(g => g.Key)
            .Select(g => g.Select(w => new PlanIndex.Posting(w.Segment, idf[w.Term] * Bm25.Saturate(w.Tf))).ToArray())
            .ToArray();
        var reference = Reference(plan);
        foreach (var draft in drafts) draft.Segment.Features = SegmentFeaturesBuilder.Build(plan, draft.Segment, draft.PassageTokens, draft.PassageFolded, reference);
        // Plans put their main purpose first: the first segment under a "Mục đích" heading.
        if (drafts.Select(d => d.Segment).FirstOrDefault(s => s.Passage.Fact == QaFact.None && FoldedText.Of(s.Section.Heading + " " + s.ParentHeading).Contains("muc dich", StringComparison.Ordinal)) is { } first)
        {
            foreach (var s in drafts.Select(d => d.Segment).Where(s => s.Passage == first.Passage && s.SentenceStart == first.SentenceStart)) s.Features.IsFirstPurpose = true;
        }
        return create(plan, drafts.Select(d => d.Segment).ToArray(), termIds, postings, idf, reference);
    }

    private static HashSet<string> Reference(QaPlan plan)
    {
        var words = new[] { plan.Title, plan.Theme, plan.Province, plan.Issuer }.Where(t => t is not null)
            .SelectMany(t => Terms.All(Tokenizer.Tokenize(t)));
        return words.Concat(GenericReference).ToHashSet(StringComparer.Ordinal);
    }

    private static void AddField(Dictionary<string, double> tf, IEnumerable<string> terms, double weight)
    {
        foreach (var term in terms) tf[term] = tf.GetValueOrDefault(term) + weight;
    }

    private static string[] Unique(string text) => Terms.All(Tokenizer.Tokenize(text)).Distinct(StringComparer.Ordinal).ToArray();

    private static Dictionary<string, int> Count(IEnumerable<string> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms) counts[term] = counts.GetValueOrDefault(term) + 1;
        return counts;
    }

    private sealed record Draft(Segment Segment, Dictionary<string, int> Own, int Length, string[] Heading, string[] Parent, HashSet<string> Rest,
        List<Token> PassageTokens, string PassageFolded);
}
