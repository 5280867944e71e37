using System.Globalization;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Cli;

/// <summary><c>ask --explain</c>: how a question was read and how the best segments of each plan scored, for tuning and for bug reports.</summary>
public static class AnswerExplainer
{
    public static void Explain(QaCorpus corpus, string question, TextWriter output)
    {
        var analyzed = QuestionAnalyzer.Analyze(question, corpus.Aliases);
        output.WriteLine($"language: {analyzed.Language}; cues: {analyzed.Cues}; named plans: {string.Join(", ", analyzed.NamedPlans)}");
        output.WriteLine("terms: " + string.Join(" ", analyzed.Terms.Select(t => t.Weight == 1 ? t.Text : $"{t.Text}×{F(t.Weight)}")));
        output.WriteLine("words: " + string.Join(" ", analyzed.Words.Select(w => w.Term)) + "; pairs: " + string.Join(" ", analyzed.Pairs.Select(w => w.Term))
                         + (analyzed.CountedNoun is { } n ? $"; counted: {n}" : ""));
        foreach (var index in corpus.Indexes.Where(i => analyzed.NamedPlans.Count == 0 || analyzed.NamedPlans.Contains(i.Plan.Id)))
        {
            output.WriteLine($"== {index.Plan.Id}");
            foreach (var c in PlanSearch.Search(index, analyzed, take: 6))
            {
                var text = c.Segment.Text.Length > 110 ? c.Segment.Text[..110] + "…" : c.Segment.Text;
                output.WriteLine($"  score {F(c.Score)} conf {F(c.Confidence)} cov {F(c.Coverage)} rel {F(c.Relevance)} fit {F(c.Fit)} bonus {F(c.Bonus)} [{c.Segment.Passage.Id}] {text}");
            }
        }
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
