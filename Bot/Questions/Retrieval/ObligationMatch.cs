using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>The dated obligation of the plan that a segment states (its source sentence is the segment's sentence, or holds the segment).</summary>
public static class ObligationMatch
{
    public static QaObligation? Find(QaPlan plan, Segment segment)
    {
        if (plan.Obligations.Count == 0) return null;
        var sentence = Clean(segment.Sentence);
        var text = Clean(segment.Text);
        foreach (var obligation in plan.Obligations)
        {
            if (obligation.Due is null || (obligation.SectionId is { } id && id != segment.Section.Id)) continue;
            var source = Clean(obligation.Source);
            if (source.Length == 0) continue;
            if (source.Contains(text, StringComparison.Ordinal) || sentence.Contains(source, StringComparison.Ordinal)) return obligation;
        }
        return null;
    }

    private static string Clean(string text) => FoldedText.Of(text).Trim().Trim('…', '.', ';', ' ');
}
