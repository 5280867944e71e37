using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The clause a date closes — from the last ";", "và" or sentence start before it — and how much of the question
/// it is about: "… xây dựng báo cáo tổng kết và | gửi về Văn phòng Sở …, hoàn thành trong tháng 11/2025".
/// </summary>
public static class DateClause
{
    /// <summary>The share of the question's own words (not those naming the plan) the clause holds; 1 when the question has none.</summary>
    public static double Attachment(PlanIndex index, DateFeature date, AnalyzedQuestion question)
    {
        var words = 0;
        var hits = 0;
        foreach (var word in question.Words)
        {
            if (index.ReferenceTerms.Contains(word.Term) || StopWords.Contains(word.Term)) continue;
            words++;
            if (DateFeature.Holds(date.Clause, word.Term) || word.Alternatives.Any(a => a.All(w => DateFeature.Holds(date.Clause, w)))) hits++;
        }
        return words == 0 ? 1 : (double)hits / words;
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
