using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The clause a date closes — from the last ";", "và" or sentence start before it — and how much of the question
/// it is about: "… xây dựng báo cáo tổng kết và | gửi về Văn phòng Sở …, hoàn thành trong tháng 11/2022".
/// </summary>
public static class DateClause
{
    /// <summary>The share of the question's own words (not those naming the plan) the clause holds; 1 when the question has none.</summary>
    public static double Attachment(PlanIndex index, QaPassage passage, QaDate date, AnalyzedQuestion question)
    {
        var words = question.Words.Where(w => !index.ReferenceTerms.Contains(w.Term) && !StopWords.Contains(w.Term)).ToList();
        if (words.Count == 0) return 1;
        var clause = Tokenizer.Tokenize(passage.Text[Start(passage.Text, date.Start)..date.End]).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var hits = words.Count(w => clause.Contains(w.Term) || w.Alternatives.Any(a => a.All(clause.Contains)));
        return (double)hits / words.Count;
    }

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
