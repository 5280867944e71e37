using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Parsing;

/// <summary>Understands a plan document: identity, title, theme, section tree, period, units, rewards and dated obligations.</summary>
public static class PlanParser
{
    public static PlanParseResult Parse(SourceDocument document)
    {
        var blocks = ParagraphJoiner.Join(document);
        var layout = DocumentLayout.Of(blocks);
        var header = HeaderParser.Parse(layout);
        var title = header.Title.Length > 0 ? header.Title : header.Theme ?? "";
        var sections = SectionTreeBuilder.Build(layout, title);
        var (obligations, period) = ObligationExtractor.Extract(sections, header.Issued?.Year);
        var identity = new PlanIdentity { Number = header.Number, Issuer = header.Issuer, Province = header.Province, Issued = header.Issued };
        var plan = new Plan
        {
            Id = PlanSlug.For(header.Province, header.Issuer, header.Number, header.Issued, title),
            Identity = identity,
            Title = title,
            Theme = header.Theme,
            Period = period,
            Sections = sections,
            ResponsibleUnits = PlanFacts.ResponsibleUnits(sections, obligations),
            RewardRules = PlanFacts.RewardRules(sections),
            Obligations = obligations,
        };
        var bodySections = sections.Count(s => s.Kind == SectionKind.Body);
        var looksLikePlan = (layout.HasPlanMarker && (bodySections > 0 || obligations.Count > 0)) || (bodySections >= 2 && obligations.Count > 0);
        return new PlanParseResult(plan, looksLikePlan && title.Length > 0);
    }

    public static PlanParseResult ParseMarkdown(string text) => Parse(MarkdownReader.Read(text));

    public static PlanParseResult ParseText(string text) => Parse(PlainTextReader.Read(text));
}
