using System.Text;
using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Answering;

/// <summary>
/// Cuts the answer out of the plan: a section's list (<see cref="SectionList"/>) or the stretch <see cref="QuoteSpan"/>
/// chooses; then the dates, units, counts or document numbers that answer the question set in **bold**.
/// </summary>
public static class QuoteBuilder
{
    public static (string Quote, string? Lead) Build(Candidate candidate, AnalyzedQuestion question)
    {
        var segment = candidate.Segment;
        var passage = segment.Passage;
        if (SectionList.Of(candidate, question) is { } list) return (list, null);
        var (start, end) = QuoteSpan.Of(candidate, question);
        var marks = new List<(int Start, int End)>();
        if (question.Has(QuestionCue.When)) marks.AddRange(CueFit.AnswerDates(candidate.Index, segment, start, end, question).Select(d => (d.Start, d.End)));
        if (question.Has(QuestionCue.HowMany)) marks.AddRange(CueFit.Counts(segment, start, end, question));
        if (question.Has(QuestionCue.Address)) marks.AddRange(WebAddress.Find(passage.Text).Where(a => a.Start >= start && a.End <= end));
        if (question.Has(QuestionCue.Who | QuestionCue.Where)) marks.AddRange(UnitNames.Find(passage.Text).Where(u => u.Start >= start && u.End <= end));
        if (question.Has(QuestionCue.Document)) marks.AddRange(Documents(passage.Text, start, end, question));
        return (Bold(passage.Text, start, end, marks), Lead(candidate, question, start, end));
    }

    /// <summary>For "who": the section's heading when it names the unit and the quote does not.</summary>
    private static string? Lead(Candidate candidate, AnalyzedQuestion question, int start, int end)
    {
        var section = candidate.Segment.Section;
        if (!question.Has(QuestionCue.Who) || section.HeadingFromText || !UnitNames.Any(section.Heading)) return null;
        var quote = FoldedText.Of(candidate.Segment.Passage.Text[start..end]);
        return quote.Contains(FoldedText.Of(section.Heading), StringComparison.Ordinal) ? null : $"**{section.Heading}**";
    }

    private static IEnumerable<(int, int)> Documents(string text, int start, int end, AnalyzedQuestion question)
    {
        foreach (var token in Tokenizer.Tokenize(FoldedText.Of(text), expand: false))
        {
            if (token.Kind != TokenKind.DocumentNumber || token.Start < start || token.End > end) continue;
            if (question.Documents.Count == 0 || question.Documents.Any(asked => DocumentMentions.Matches(asked, token.Term))) yield return (token.Start, token.End);
        }
    }

    private static string Bold(string text, int start, int end, List<(int Start, int End)> marks)
    {
        var sb = new StringBuilder();
        var at = start;
        foreach (var (s, e) in marks.Distinct().OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (s < at) continue;
            sb.Append(text, at, s - at).Append("**").Append(text, s, e - s).Append("**");
            at = e;
        }
        sb.Append(text, at, end - at);
        var quote = sb.ToString().Trim();
        // A clause cut from a longer sentence says so.
        return start > 0 && char.IsLower(quote[0]) ? "…" + quote : quote;
    }
}
