using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// How well a segment gives the kind of answer the question's cues ask for: a date of the plan for "khi nào"
/// (never a cited document's or an anniversary's, unless the question is about that document or anniversary),
/// a unit for "ai", a count for "bao nhiêu", the matching fact for who issued / signed / received the plan.
/// </summary>
public static class CueFit
{
    /// <summary>0 = the kind of answer is missing; 1 = it is in the segment; less when only the sentence or passage has it.</summary>
    public static double Evaluate(PlanIndex index, Segment segment, AnalyzedQuestion question)
    {
        var fit = 1.0;
        if (question.Has(QuestionCue.When)) fit = Math.Min(fit, Reach(segment, (s, e) => AnswerDates(index, segment.Passage, s, e, question).Any()));
        if (question.Has(QuestionCue.HowMany)) fit = Math.Min(fit, Reach(segment, (s, e) => Counts(segment.Passage, s, e, question.CountedNoun).Any()));
        // "văn bản / quyết định nào": the answer names a document.
        if (question.Has(QuestionCue.Document) && question.Documents.Count == 0 && !question.Has(QuestionCue.When))
        {
            fit = Math.Min(fit, Reach(segment, (s, e) => Documents.In(segment.Passage.Text[s..e]).Any()));
        }
        if (question.Has(QuestionCue.Where)) fit = Math.Min(fit, Reach(segment, (s, e) => Places.Any(segment.Passage.Text[s..e])));
        return fit;
    }

    /// <summary>A bonus for the fact passage that is exactly what the cue asks for (the recipients list, the issuer, the theme).</summary>
    public static double FactBonus(Segment segment, AnalyzedQuestion question) => segment.Passage.Fact switch
    {
        _ when question.Has(QuestionCue.Period) && question.Has(QuestionCue.When) && IsPeriod(segment) => 0.4,
        QaFact.Recipients when question.Has(QuestionCue.Recipients) => 1.0,
        QaFact.Issuer when question.Has(QuestionCue.Issuer) => 1.0,
        QaFact.Signer when question.Has(QuestionCue.Signer) => 1.0,
        QaFact.Number when question.Has(QuestionCue.PlanNumber) => 0.8,
        QaFact.Theme when question.Has(QuestionCue.Theme) => 0.8,
        _ => 0,
    };

    /// <summary>A ranking bonus for segments that fit the cues: the facts above, a unit for "ai", a unit's own section, a deadline for "khi nào".</summary>
    public static double Bonus(PlanIndex index, Segment segment, AnalyzedQuestion question)
    {
        var bonus = FactBonus(segment, question);
        if (question.Has(QuestionCue.Who | QuestionCue.Where) && HasUnit(segment)) bonus += 0.1;
        if (question.Has(QuestionCue.Period) && !question.Has(QuestionCue.When) && IsPeriod(segment)) bonus += 0.4;
        if (question.Has(QuestionCue.Duty) && IsUnitSection(index, segment.Section, question)) bonus += 0.4;
        if (question.Has(QuestionCue.Purpose) && Retrieval.Purpose.IsPurpose(segment)) bonus += Retrieval.Purpose.IsFirst(index, segment) ? 0.5 : 0.3;
        if (question.Has(QuestionCue.When))
        {
            var dates = AnswerDates(index, segment.Passage, segment.Start, segment.End, question).ToList();
            if (dates.Any(d => d.Role == QaDateRole.Deadline)) bonus += 0.1;
            if (dates.Count > 0 && ObligationMatch.Find(index.Plan, segment) is not null) bonus += 0.1;
            if (dates.Count > 0) bonus += 0.3 * dates.Max(d => DateClause.Attachment(index, segment.Passage, d, question));
        }
        if (question.Has(QuestionCue.Document) && Documents.In(segment.Text).Any(d => question.Documents.Count == 0 || question.Documents.Contains(d))) bonus += 0.3;
        return bonus;
    }

    /// <summary>The dates in [start, end) that answer the question.</summary>
    public static IEnumerable<QaDate> AnswerDates(PlanIndex index, QaPassage passage, int start, int end, AnalyzedQuestion question) =>
        passage.Dates.Where(d => d.Start >= start && d.End <= end && Fair(index, passage, d, question));

    /// <summary>The counts in [start, end); with a counted noun ("bao nhiêu điển hình"), only the counts of that noun.</summary>
    public static IEnumerable<(int Start, int End)> Counts(QaPassage passage, int start, int end, string? noun)
    {
        var counts = CountNumbers.Find(passage.Text, passage.Dates.Select(d => (d.Start, d.End))).Where(c => c.Start >= start && c.End <= end);
        if (noun is null) return counts;
        var folded = Text.FoldedText.Of(passage.Text);
        return counts.Where(c => Text.Tokenizer.Tokenize(folded[c.End..Math.Min(folded.Length, c.End + 30)], expand: true).Take(2).Any(t => t.Term == noun));
    }

    /// <summary>"Thời gian phát động: …", "Thời gian thi đua": the passage that says how long the movement runs.</summary>
    public static bool IsPeriod(Segment segment) =>
        segment.Passage.Fact == QaFact.Period
        || Text.FoldedText.Of(segment.Section.Heading).StartsWith("thoi gian", StringComparison.Ordinal)
        || Text.FoldedText.Of(segment.Text).StartsWith("thoi gian", StringComparison.Ordinal);

    /// <summary>A section headed by a unit the question names ("1. Văn phòng Sở" for "Văn phòng Sở làm gì?").</summary>
    public static bool IsUnitSection(PlanIndex index, Corpus.QaSection section, AnalyzedQuestion question)
    {
        if (section.HeadingFromText || !UnitNames.Any(section.Heading)) return false;
        var heading = Text.Terms.All(Text.Tokenizer.Tokenize(section.Heading)).Where(t => !index.ReferenceTerms.Contains(t)).ToHashSet();
        return question.Words.Concat(question.Pairs).Any(w => heading.Contains(w.Term));
    }

    public static bool HasUnit(Segment segment) =>
        UnitNames.Any(segment.Sentence) || (!segment.Section.HeadingFromText && UnitNames.Any(segment.Section.Heading));

    /// <summary>
    /// The plan's own dates answer when the clause they close is about something the question asks (so that a
    /// deadline for sending a plan does not answer "when is the launch ceremony"); a cited document's, an
    /// anniversary's or a horizon only when the question is about that thing: it names the document, or shares two
    /// word pairs with what the date belongs to (the words just before it; for a document, also its subject after it).
    /// </summary>
    private static bool Fair(PlanIndex index, QaPassage passage, QaDate date, AnalyzedQuestion question) =>
        (question.AskedPrecision is not { } asked || date.Precision <= asked) && FairRole(index, passage, date, question);

    private static bool FairRole(PlanIndex index, QaPassage passage, QaDate date, AnalyzedQuestion question) => date.Role switch
    {
        QaDateRole.Own or QaDateRole.Deadline => DateClause.Attachment(index, passage, date, question) > 0,
        QaDateRole.CitedDocument => (question.Has(QuestionCue.Document) && question.Documents.Count == 0) || AboutOwner(index, passage, date, question, after: true),
        QaDateRole.Anniversary => question.Has(QuestionCue.Anniversary) || AboutOwner(index, passage, date, question, after: false),
        _ => AboutOwner(index, passage, date, question, after: false),
    };

    private static bool AboutOwner(PlanIndex index, QaPassage passage, QaDate date, AnalyzedQuestion question, bool after)
    {
        var before = Text.Tokenizer.Tokenize(passage.Text[Math.Max(0, date.Start - 100)..date.Start]).TakeLast(10).ToList();
        if (before.Any(t => t.Kind == Text.TokenKind.DocumentNumber && question.Documents.Contains(t.Term))) return true;
        var window = after ? before.Concat(Text.Tokenizer.Tokenize(passage.Text[date.End..Math.Min(passage.Text.Length, date.End + 120)]).Take(14)).ToList() : before;
        var pairs = Text.Terms.Bigrams(window).ToHashSet(StringComparer.Ordinal);
        return question.Pairs.Select(p => p.Term).Where(p => !index.ReferenceTerms.Contains(p)).Distinct().Count(pairs.Contains) >= 2;
    }

    private static double Reach(Segment segment, Func<int, int, bool> has)
    {
        if (has(segment.Start, segment.End)) return 1.0;
        if (has(segment.SentenceStart, segment.SentenceEnd)) return 0.8;
        return 0.0;
    }
}
