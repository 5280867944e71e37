using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The clause a date closes — from the last ";", "và" or sentence start before it — and how much of the question
/// it is about: "… xây dựng báo cáo tổng kết và | gửi về Văn phòng Sở …, hoàn thành trong tháng 11/2025".
/// </summary>
public static class DateClause
{
    public const double ReferenceWeight = 0.5;

    /// <summary>The share of the question's words the clause holds (those naming the plan weigh half); 1 when all its words name the plan.</summary>
    public static double Attachment(PlanIndex index, DateFeature date, AnalyzedQuestion question)
    {
        double words = 0, hits = 0, own = 0;
        foreach (var word in question.Words)
        {
            if (StopWords.Contains(word.Term)) continue;
            // "gửi kế hoạch của đơn vị": a word naming the plan may also be the thing sent; it counts, for less.
            var weight = index.ReferenceTerms.Contains(word.Term) ? ReferenceWeight : 1.0;
            if (weight == 1.0) own++;
            words += weight;
            if (DateFeature.Holds(date.Clause, word.Term) || word.Alternatives.Any(a => a.All(w => DateFeature.Holds(date.Clause, w)))) hits += weight;
        }
        return own == 0 ? 1 : hits / words;
    }

    /// <summary>Where the clause holding position <paramref name="before"/> starts.</summary>
    public static int Start(string text, int before)
    {
        var folded = FoldedText.Of(text);
        var start = 0;
        foreach (var (s, e) in SegmentSplitter.Sentences(text))
        {
            if (s <= before && before <= e) start = s;
        }
        var semicolon = text.LastIndexOf(';', Math.Max(0, before - 1), Math.Max(0, before - start));
        var and = folded.LastIndexOf(" va ", Math.Max(0, before - 1), Math.Max(0, before - start), StringComparison.Ordinal);
        return Math.Max(start, Math.Max(semicolon + 1, and < 0 ? 0 : and + 4));
    }
}
