using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Answering;

/// <summary>
/// Answers a question from the published plans: picks the plan (named in the question, else the user's current
/// plan when it answers, else the best match, naming the others that answer too), takes the best segment whose
/// confidence clears the threshold, and otherwise says the plan does not say, offering the closest sections.
/// </summary>
public static class PlanAnswerer
{
    /// <summary>Below this confidence the answer is "the plan does not say".</summary>
    public const double Threshold = Candidate.Threshold;

    /// <summary>How many other plans' answers a question naming no plan shows under the best one (the rest are buttons).</summary>
    public const int MaxAlso = 1;

    public static PlanAnswer Answer(QaCorpus corpus, string question, string? currentPlanId = null, string? onlyPlanId = null) =>
        Answer(corpus, QuestionAnalyzer.Analyze(question, corpus.Aliases), currentPlanId, onlyPlanId);

    public static PlanAnswer Answer(QaCorpus corpus, AnalyzedQuestion question, string? currentPlanId = null, string? onlyPlanId = null)
    {
        if (corpus.Indexes.Count == 0) return new PlanAnswer { Kind = AnswerKind.NoPlans, Language = question.Language };
        var scope = Scope(corpus, question, onlyPlanId);
        var results = scope.Select(index => (Index: index, Candidates: PlanSearch.Search(index, question))).ToList();
        var confident = results
            .Select(r => (r.Index, r.Candidates, Best: r.Candidates.Where(c => c.Confidence >= Threshold).MaxBy(c => c.Score)))
            .Where(r => r.Best is not null)
            .ToList();

        var current = confident.FirstOrDefault(r => r.Index.Plan.Id == currentPlanId);
        var ranked = confident.OrderByDescending(r => r.Best!.Confidence + 0.1 * r.Best.Score).ToList();
        var chosen = current.Best is not null ? current : ranked.FirstOrDefault();
        if (chosen.Best is { } best)
        {
            var (quote, lead) = QuoteBuilder.Build(best, question);
            if (SectionList.Of(best, question) is null) quote = ListItems.Append(quote, best, chosen.Candidates, question);
            var named = question.NamedPlans.Count > 0 || onlyPlanId is not null;
            var also = named || current.Best is not null ? [] : ranked.Skip(1).Take(MaxAlso)
                .Select(r => new PlanQuote(r.Index.Plan, r.Best!.Segment.Section, QuoteBuilder.Build(r.Best, question).Quote)).ToList();
            var obligation = question.Has(QuestionCue.When) ? best.Segment.Features.Obligation : null;
            return new PlanAnswer
            {
                Kind = AnswerKind.Answered,
                Language = question.Language,
                Plan = chosen.Index.Plan,
                Section = best.Segment.Section,
                Quote = quote,
                Lead = lead,
                Deadline = obligation?.Due,
                Responsible = obligation is { Who.Count: > 0 } ? string.Join(", ", obligation.Who) : null,
                Confidence = best.Confidence,
                FromCurrentPlan = current.Best is not null && !named,
                AlsoFrom = also,
                OtherPlans = named ? [] : confident.Where(r => r.Index != chosen.Index).Select(r => r.Index.Plan).ToList(),
            };
        }
        return NotFound(question, results, scope.Count == 1 ? scope[0] : corpus.Find(currentPlanId));
    }

    private static List<PlanIndex> Scope(QaCorpus corpus, AnalyzedQuestion question, string? onlyPlanId)
    {
        if (corpus.Find(onlyPlanId) is { } only) return [only];
        var named = corpus.Indexes.Where(i => question.NamedPlans.Contains(i.Plan.Id)).ToList();
        return named.Count > 0 ? named : corpus.Indexes.ToList();
    }

    private static PlanAnswer NotFound(AnalyzedQuestion question, List<(PlanIndex Index, List<Candidate> Candidates)> results, PlanIndex? plan)
    {
        var pool = plan is null ? results.SelectMany(r => r.Candidates) : results.Where(r => r.Index == plan).SelectMany(r => r.Candidates);
        var ranked = pool.OrderByDescending(c => c.Coverage + 0.3 * c.Relevance).ToList();
        var topical = ranked.FirstOrDefault(c => c.Coverage >= Threshold);
        var missing = topical is null ? MissingDetail.None
            : question.Has(QuestionCue.When) ? MissingDetail.Date
            : question.Has(QuestionCue.HowMany) ? MissingDetail.Number
            : MissingDetail.None;
        var closest = ranked.Where(c => c.Relevance > 0 && c.Coverage > 0)
            .Select(c => (c.Index.Plan, Section: c.Segment.Section))
            .Where(x => plan is not null || x.Plan == ranked[0].Index.Plan)
            .Select(x => x.Section)
            .DistinctBy(s => s.Id)
            .Take(3)
            .ToList();
        return new PlanAnswer
        {
            Kind = AnswerKind.NotFound,
            Language = question.Language,
            Plan = plan?.Plan ?? (closest.Count > 0 ? ranked[0].Index.Plan : null),
            Closest = closest,
            Missing = missing,
            SearchedAll = plan is null && results.Count > 1,
            Confidence = ranked.Count > 0 ? ranked[0].Confidence : 0,
        };
    }
}
