using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// How well a segment gives the kind of answer the question's cues ask for: a date of the plan for "khi nào"
/// (never a cited document's or an anniversary's, unless the question is about that document or anniversary),
/// a unit for "ai", a count for "bao nhiêu", a document for "văn bản nào", a place for "ở đâu", the matching fact
/// for who issued / signed / received the plan. Works on the segment's precomputed <see cref="SegmentFeatures"/>.
/// </summary>
public static class CueFit
{
    /// <summary>0 = the kind of answer is missing; 1 = it is in the segment; 0.8 when only its sentence has it.</summary>
    public static double Evaluate(PlanIndex index, Segment segment, AnalyzedQuestion question)
    {
        var f = segment.Features;
        var fit = 1.0;
        // The plan's own issue date is what the plan prints, even when it leaves the day blank ("tháng 5/2022").
        var issueDate = question.Has(QuestionCue.Issued) && segment.Passage.Fact == QaFact.Number && segment.Passage.Dates.Count > 0;
        if (question.Has(QuestionCue.When) && !issueDate) fit = Math.Min(fit, Reach(segment, (s, e) => AnswerDates(index, segment, s, e, question).Any()));
        if (question.Has(QuestionCue.HowMany)) fit = Math.Min(fit, Reach(segment, (s, e) => Counts(segment, s, e, question).Any()));
        if (question.Has(QuestionCue.Address))
        {
            // An e-mail address asked is not answered by a web site's, and the other way round.
            var (inText, inSentence) = AsksEmail(question) ? (f.EmailInText, f.EmailInSentence) : (f.AddressInText, f.AddressInSentence);
            fit = Math.Min(fit, inText ? 1.0 : inSentence ? 0.8 : 0.0);
        }
        // A name the question quotes ("“Hai giỏi”") must be there: a passage about something else is no answer.
        if (question.Quoted.Any(phrase => !phrase.All(t => index.Holds(segment, t)))) fit = 0;
        if (question.Focus is { } focus && !index.ReferenceTerms.Contains(focus.Term) && !Holds(index, segment, focus)) fit = 0;
        // "văn bản / quyết định nào": the answer names a document.
        if (question.Has(QuestionCue.Document) && question.Documents.Count == 0 && !question.Has(QuestionCue.When))
        {
            fit = Math.Min(fit, f.Documents.Length > 0 ? 1.0 : f.SentenceDocuments.Length > 0 ? 0.8 : 0.0);
        }
        // "lưu ở đâu": the filing line is the place asked.
        var filing = question.Has(QuestionCue.Archive) && segment.Passage.Fact == QaFact.Archive;
        if (question.Has(QuestionCue.Where) && !filing) fit = Math.Min(fit, f.PlaceInText ? 1.0 : f.PlaceInSentence ? 0.8 : 0.0);
        return fit;
    }

    /// <summary>A bonus for the fact passage that is exactly what the cue asks for (the recipients list, the issuer, the theme).</summary>
    public static double FactBonus(Segment segment, AnalyzedQuestion question) => segment.Passage.Fact switch
    {
        _ when question.Has(QuestionCue.Period) && question.Has(QuestionCue.When) && segment.Features.IsPeriod => 0.4,
        QaFact.Recipients when question.Has(QuestionCue.Recipients) => 1.0,
        QaFact.Issuer when question.Has(QuestionCue.Issuer) => 1.0,
        QaFact.Signer when question.Has(QuestionCue.Signer) => 1.0,
        QaFact.Number when question.Has(QuestionCue.Issued) => 1.0,
        QaFact.Number when question.Has(QuestionCue.PlanNumber) => 0.8,
        QaFact.Archive when question.Has(QuestionCue.Archive) => 1.0,
        QaFact.Theme when question.Has(QuestionCue.Theme) => 0.8,
        _ => 0,
    };

    /// <summary>A ranking bonus for segments that fit the cues: the facts above, a unit for "ai", a unit's own section, a deadline for "khi nào".</summary>
    public static double Bonus(PlanIndex index, Segment segment, AnalyzedQuestion question)
    {
        var f = segment.Features;
        var bonus = FactBonus(segment, question);
        if (question.Has(QuestionCue.Who | QuestionCue.Where) && f.HasUnit) bonus += 0.1;
        if (question.Has(QuestionCue.Period) && !question.Has(QuestionCue.When) && f.IsPeriod) bonus += 0.4;
        if (question.Has(QuestionCue.Duty) && IsUnitSection(segment, question)) bonus += 0.4;
        if (question.Has(QuestionCue.Purpose) && f.IsPurpose) bonus += f.IsFirstPurpose ? 0.5 : 0.3;
        if (question.Has(QuestionCue.When))
        {
            var dates = f.Dates.Where(d => InSegment(segment, d.Date) && Fair(index, d, question)).ToList();
            if (dates.Any(d => d.Date.Role == QaDateRole.Deadline)) bonus += 0.1;
            if (dates.Count > 0 && f.Obligation is not null) bonus += 0.1;
            if (dates.Count > 0) bonus += 0.3 * dates.Max(d => DateClause.Attachment(index, d, question));
        }
        if (question.Has(QuestionCue.Document) && f.Documents.Any(d => question.Documents.Count == 0 || question.Documents.Any(asked => DocumentMentions.Matches(asked, d)))) bonus += 0.3;
        return bonus;
    }

    /// <summary>The dates in [start, end) of the segment's sentence that answer the question.</summary>
    public static IEnumerable<QaDate> AnswerDates(PlanIndex index, Segment segment, int start, int end, AnalyzedQuestion question) =>
        segment.Features.Dates.Where(d => d.Date.Start >= start && d.Date.End <= end && Fair(index, d, question)).Select(d => d.Date);

    /// <summary>
    /// The counts in [start, end) of the segment's sentence; with a counted noun ("bao nhiêu điển hình"), only the
    /// counts of that noun; for an ordinal ("khóa mấy"), only the numeral after its word ("khóa XII").
    /// </summary>
    public static IEnumerable<(int Start, int End)> Counts(Segment segment, int start, int end, AnalyzedQuestion question) =>
        segment.Features.Counts
            .Where(c => c.Start >= start && c.End <= end)
            .Where(c => question.Ordinal is { } ordinal ? c.Before == ordinal : question.CountedNoun is not { } noun || c.Next.Contains(noun))
            .Select(c => (c.Start, c.End));

    /// <summary>A section headed by a unit the question names ("1. Văn phòng Sở" for "Văn phòng Sở làm gì?").</summary>
    public static bool IsUnitSection(Segment segment, AnalyzedQuestion question)
    {
        var heading = segment.Features.UnitHeadingTerms;
        return heading.Length > 0 && (question.Words.Any(w => heading.Contains(w.Term)) || question.Pairs.Any(w => heading.Contains(w.Term)));
    }

    /// <summary>
    /// The plan's own dates answer when the clause they close is about something the question asks (so that a
    /// deadline for sending a plan does not answer "when is the launch ceremony"); a cited document's, an
    /// anniversary's or a horizon only when the question is about that thing: it names the document, or shares two
    /// word pairs with what the date belongs to (the words just before it; for a document, also its subject after it).
    /// A question asking for a day ("ngày nào") is not answered by a month.
    /// </summary>
    private static bool Fair(PlanIndex index, DateFeature date, AnalyzedQuestion question) =>
        (question.AskedPrecision is not { } asked || date.Date.Precision <= asked) && date.Date.Role switch
        {
            QaDateRole.Own or QaDateRole.Deadline => DateClause.Attachment(index, date, question) > 0,
            QaDateRole.CitedDocument => (question.Has(QuestionCue.Document) && question.Documents.Count == 0) || AboutOwner(index, date, question, date.AroundPairs),
            QaDateRole.Anniversary => question.Has(QuestionCue.Anniversary) || AboutOwner(index, date, question, date.BeforePairs),
            _ => AboutOwner(index, date, question, date.BeforePairs),
        };

    private static bool AboutOwner(PlanIndex index, DateFeature date, AnalyzedQuestion question, string[] pairs)
    {
        if (date.BeforeDocuments.Any(cited => question.Documents.Any(d => DocumentMentions.Matches(d, cited)))) return true;
        return question.Pairs.Select(p => p.Term).Where(p => !index.ReferenceTerms.Contains(p)).Distinct().Count(p => DateFeature.Holds(pairs, p)) >= 2;
    }

    private static bool AsksEmail(AnalyzedQuestion question) =>
        question.Words.Any(w => w.Term == "email") || question.Pairs.Any(p => p.Term is "e_mail" or "thu_dien");

    private static bool Holds(PlanIndex index, Segment segment, ContentWord word) =>
        index.Holds(segment, word.Term) || word.AlternativeTerms.Any(a => a.All(t => index.Holds(segment, t)));

    private static bool InSegment(Segment segment, QaDate date) => date.Start >= segment.Start && date.End <= segment.End;

    private static double Reach(Segment segment, Func<int, int, bool> has)
    {
        if (has(segment.Start, segment.End)) return 1.0;
        if (has(segment.SentenceStart, segment.SentenceEnd)) return 0.8;
        return 0.0;
    }
}
