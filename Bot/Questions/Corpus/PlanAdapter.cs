using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Questions.Corpus;

/// <summary>
/// Turns a plan of the plans feature into the question answerer's shape: its names, its section tree flattened
/// depth first, its passages with the dates the plans' date reader found (and what each belongs to), and its
/// obligations with their deadlines as users read them.
/// </summary>
public static class PlanAdapter
{
    public static QaPlan From(Plan plan) => new()
    {
        Id = plan.Id,
        Title = plan.Title,
        Theme = plan.Theme,
        Number = plan.Identity.Number,
        Issuer = plan.Identity.Issuer,
        Province = plan.Identity.Province,
        Issued = plan.Identity.Issued is { } issued ? VietnameseDatePrinter.Display(issued, Language.Vietnamese) : null,
        Sections = plan.Sections.SelectMany(s => Flatten(s, null)).ToList(),
        Obligations = plan.Obligations.Select(Obligation).ToList(),
    };

    private static IEnumerable<QaSection> Flatten(PlanSection section, string? parentId)
    {
        var passages = section.Passages.Select(Passage).ToList();
        yield return new QaSection(section.Id, section.Heading, section.Level, parentId, passages)
        {
            // "Tiếp tục thực hiện tốt Chỉ thị …" shortened from the passage is not a heading to cite or search.
            HeadingFromText = section.Heading.EndsWith('…') || (passages.Count > 0 && passages[0].Text == section.Heading),
        };
        foreach (var child in section.Children.SelectMany(c => Flatten(c, section.Id))) yield return child;
    }

    private static QaPassage Passage(PlanPassage passage) =>
        new(passage.Id, passage.Text, passage.Kind == PassageKind.Bullet, VietnameseDateReader.FindAll(passage.Text).Select(Date).ToList());

    private static QaDate Date(DateMention mention) => new(mention.DateStart, mention.End - mention.DateStart, Role(mention), Precision(mention.Value.Precision));

    private static QaDateRole Role(DateMention mention) => mention.Role switch
    {
        DateRole.CitedDocument => QaDateRole.CitedDocument,
        DateRole.Anniversary => QaDateRole.Anniversary,
        DateRole.YearSpan => QaDateRole.YearSpan,
        DateRole.Horizon => QaDateRole.Horizon,
        _ => mention.IsDeadline ? QaDateRole.Deadline : QaDateRole.Own,
    };

    private static QaDatePrecision Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => QaDatePrecision.Day,
        DatePrecision.Month => QaDatePrecision.Month,
        DatePrecision.Quarter => QaDatePrecision.Quarter,
        _ => QaDatePrecision.Year,
    };

    private static QaObligation Obligation(Obligation obligation) =>
        new(obligation.What, obligation.Who, obligation.Due is { } due ? VietnameseDatePrinter.Display(due, Language.Vietnamese) : null, obligation.SectionId, obligation.Source);
}
