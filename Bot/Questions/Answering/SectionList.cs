using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Answering;

/// <summary>
/// The whole bullet list of a section, for a question about a unit's tasks ("Văn phòng Sở làm gì?" under
/// "1. Văn phòng Sở") or a list question naming the section itself ("tổ chức thực hiện gồm những gì?"): every
/// passage of the section and of its sub-sections, when they are a handful; long ones cut to their first sentence.
/// </summary>
public static class SectionList
{
    public const int MaxListed = 6;

    private const int LongPassage = 300;

    public static string? Of(Candidate candidate, AnalyzedQuestion question)
    {
        if (!question.Has(QuestionCue.Duty | QuestionCue.List)) return null;
        var plan = candidate.Index.Plan;
        var section = candidate.Segment.Section;
        if (!CueFit.IsUnitSection(candidate.Segment, question))
        {
            section = Lineage(plan, section).FirstOrDefault(s => Named(s, question, candidate.Index));
            if (section is null) return null;
        }
        var passages = Descendants(plan, section).SelectMany(s => s.Readable).ToList();
        if (passages.Count is < 2 or > MaxListed) return null;
        return $"**{section.Heading}**:\n" + string.Join("\n", passages.Select(p => "- " + Shorten(p.Text)));
    }

    /// <summary>The question holds every word of the section's own heading ("TỔ CHỨC THỰC HIỆN").</summary>
    private static bool Named(QaSection section, AnalyzedQuestion question, PlanIndex index)
    {
        if (section.HeadingFromText || section.IsPreamble || section.IsClosing) return false;
        var heading = Terms.Unigrams(Tokenizer.Tokenize(section.Heading)).Where(t => !index.ReferenceTerms.Contains(t)).Distinct().ToList();
        return heading.Count > 0 && heading.All(t => question.Words.Any(w => w.Term == t));
    }

    private static IEnumerable<QaSection> Lineage(QaPlan plan, QaSection? section)
    {
        for (; section is not null; section = section.ParentId is { } id ? plan.FindSection(id) : null) yield return section;
    }

    private static IEnumerable<QaSection> Descendants(QaPlan plan, QaSection section) =>
        new[] { section }.Concat(plan.Sections.Where(s => s.ParentId == section.Id).SelectMany(c => Descendants(plan, c)));

    private static string Shorten(string text)
    {
        if (text.Length <= LongPassage) return text;
        var (start, end) = SegmentSplitter.Sentences(text)[0];
        return text[start..end] + (end < text.Length ? " …" : "");
    }
}
