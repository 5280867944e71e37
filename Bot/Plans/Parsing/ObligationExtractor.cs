using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// Finds the dated obligations in a plan's body: sentences with a deadline the plan itself sets ("trước ngày",
/// "trong tháng", "chậm nhất", "đến hết", "từ … đến …") or a reporting cycle ("trước ngày 10 hằng tháng").
/// Dates of cited documents, anniversaries, year spans, horizons, the issue date, and the preamble and closing
/// are not obligations; the sentence that sets the movement's period becomes <see cref="PlanPeriod"/>.
/// </summary>
internal sealed class ObligationExtractor(int? defaultYear)
{
    private readonly List<Obligation> _obligations = [];
    private PlanPeriod? _period;

    public static (List<Obligation> Obligations, PlanPeriod? Period) Extract(IEnumerable<PlanSection> sections, int? defaultYear)
    {
        var extractor = new ObligationExtractor(defaultYear);
        foreach (var section in sections.Where(s => s.Kind == SectionKind.Body)) extractor.Walk(section, null);
        return (extractor._obligations, extractor._period);
    }

    private void Walk(PlanSection section, string? inherited)
    {
        var unit = UnitRecognizer.FromHeading(section.Heading) ?? inherited;
        string? lead = null;
        foreach (var passage in section.Passages)
        {
            if (passage.Kind == PassageKind.Paragraph) lead = LeadUnit(passage.Text);
            var context = new ClauseContext(section, passage.Kind == PassageKind.Bullet ? lead ?? unit : unit);
            foreach (var sentence in SentenceSplitter.Sentences(passage.Text))
            {
                Sentence(passage.Text, sentence, context);
            }
        }
        foreach (var child in section.Children) Walk(child, unit);
    }

    /// <summary>"Phòng Quản lý khoa học:" or "Văn phòng Sở có trách nhiệm:" introduces the bullets that follow.</summary>
    private static string? LeadUnit(string text)
    {
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith(':') || trimmed.Length > 160) return null;
        var match = UnitRecognizer.AtStart(trimmed);
        return match is { Units.Count: 1, Generic: false } ? match.Units[0] : null;
    }

    private void Sentence(string text, Range range, ClauseContext context)
    {
        var sentence = text[range];
        var mentions = VietnameseDateReader.FindAll(sentence, new DateReadOptions { DefaultYear = defaultYear });
        if (PeriodFinder.IsPeriodSentence(sentence, context.Section))
        {
            _period ??= PeriodFinder.Read(sentence, mentions, context.Section.Id);
            if (_period is not null && _period.Source == sentence) return;
        }
        var subject = UnitRecognizer.AtStart(sentence);
        var sentenceUnits = subject is { Generic: false } ? subject.Units : null;
        foreach (var clause in SentenceSplitter.Clauses(sentence, Range.All))
        {
            var (start, length) = clause.GetOffsetAndLength(sentence.Length);
            var inClause = mentions.Where(m => m.Start >= start && m.End <= start + length).ToList();
            foreach (var part in ObligationParts.Split(sentence, start, length, inClause))
            {
                if (ObligationBuilder.Build(sentence, part, context.Unit, sentenceUnits, $"d{_obligations.Count + 1}", context.Section.Id) is { } obligation)
                {
                    _obligations.Add(obligation);
                }
            }
        }
    }

    private sealed record ClauseContext(PlanSection Section, string? Unit);
}
