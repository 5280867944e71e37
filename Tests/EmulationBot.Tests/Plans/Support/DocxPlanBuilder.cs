using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationBot.Tests.Plans.Support;

/// <summary>
/// Writes a .docx the way Word does for a numbered plan: "Heading 1"/"Heading 2" styles linked to a multi-level list
/// (I. → 1. → a)), bullets from a bullet list, and a two-column header table.
/// </summary>
internal sealed class DocxPlanBuilder
{
    private const int OutlineList = 1;
    private const int BulletList = 2;
    private readonly List<OpenXmlElement> _body = [];

    public DocxPlanBuilder HeaderTable(string[] left, string[] right)
    {
        var row = new TableRow(Cell(left), Cell(right));
        _body.Add(new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }), row));
        return this;

        static TableCell Cell(string[] lines) => new(lines.Select(l => (OpenXmlElement)Para(l)).ToArray());
    }

    public DocxPlanBuilder Paragraph(string text, string? style = null)
    {
        _body.Add(Para(text, style));
        return this;
    }

    /// <summary>A heading whose number comes from its style's list (level 1: "I.", level 2: "1.").</summary>
    public DocxPlanBuilder Heading(int level, string text)
    {
        _body.Add(Para(text, $"Heading{level}"));
        return this;
    }

    public DocxPlanBuilder Bullet(string text)
    {
        var paragraph = Para(text);
        paragraph.ParagraphProperties = new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList }));
        _body.Add(paragraph);
        return this;
    }

    /// <summary>A line break inside one paragraph (Shift+Enter).</summary>
    public DocxPlanBuilder BrokenParagraph(params string[] lines)
    {
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        _body.Add(new Paragraph(run));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        return paragraph;
    }

    private static Styles Styles() => new(
        new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
        HeadingStyle(1),
        HeadingStyle(2));

    private static Style HeadingStyle(int level) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new StyleParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = level - 1 }, new NumberingId { Val = OutlineList }),
            new OutlineLevel { Val = level - 1 }))
    {
        Type = StyleValues.Paragraph,
        StyleId = $"Heading{level}",
    };

    private static Numbering Numbering() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.UpperRoman, "%1."),
            Level(1, NumberFormatValues.Decimal, "%2."),
            Level(2, NumberFormatValues.LowerLetter, "%3)")) { AbstractNumberId = 10 },
        new AbstractNum(Level(0, NumberFormatValues.Bullet, "-")) { AbstractNumberId = 20 },
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = OutlineList },
        new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = BulletList });

    private static Level Level(int index, NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text }) { LevelIndex = index };
}
