using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationBot.Office.Exports;

namespace EmulationBot.Office.Forms;

/// <summary>
/// A small writer for Word documents in the style of Vietnamese administrative papers: A4, Times New Roman 13 pt,
/// centred bold titles, tables with borders, and the two-column heading and signature blocks.
/// </summary>
public sealed class DocxBuilder
{
    private const string Font = "Times New Roman";

    /// <summary>The width between the margins, in twentieths of a point.</summary>
    private const int TextWidth = 11906 - 1701 - 1134;
    private readonly Body _body = new();

    public DocxBuilder Paragraph(string text, bool bold = false, bool italic = false, bool center = false, int size = 26, int after = 60)
    {
        _body.Append(Para(text, bold, italic, center, size, after));
        return this;
    }

    public DocxBuilder Blank() => Paragraph("", after: 0);

    /// <summary>A borderless two-column block (the heading of a paper, or its signatures): each side a list of lines.</summary>
    public DocxBuilder TwoColumns(IReadOnlyList<Line> left, IReadOnlyList<Line> right)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        table.Append(Grid([44, 56]));
        table.Append(new TableRow(Cell(left, 2200), Cell(right, 2800)));
        _body.Append(table);
        return this;
    }

    /// <summary>A bordered table with a bold header row.</summary>
    public DocxBuilder Table(IReadOnlyList<string> headers, IReadOnlyList<int> widthsPct, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4; return b; });
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()), border(new RightBorder()),
                border(new InsideHorizontalBorder()), border(new InsideVerticalBorder()))));
        table.Append(Grid(widthsPct));
        table.Append(Row(headers, widthsPct, bold: true));
        foreach (var row in rows) table.Append(Row(row, widthsPct, bold: false));
        _body.Append(table);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            // A4 with the margins of Decree 30/2020 (20-25 mm top/bottom, 30-35 mm left, 15-20 mm right).
            _body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(_body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static TableGrid Grid(IReadOnlyList<int> widthsPct) =>
        new(widthsPct.Select(p => new GridColumn { Width = (TextWidth * p / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widthsPct, bool bold)
    {
        var row = new TableRow();
        if (bold) row.Append(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < cells.Count; i++)
        {
            var width = (widthsPct.ElementAtOrDefault(i) * 50).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Pct }));
            foreach (var line in cells[i].Split('\n')) cell.Append(Para(line, bold, false, bold, 24, 0));
            row.Append(cell);
        }
        return row;
    }

    private static TableCell Cell(IReadOnlyList<Line> lines, int widthFiftieths)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widthFiftieths.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }));
        foreach (var line in lines) cell.Append(Para(line.Text, line.Bold, line.Italic, true, line.Size, 0));
        if (lines.Count == 0) cell.Append(new Paragraph());
        return cell;
    }

    private static Paragraph Para(string text, bool bold, bool italic, bool center, int size, int after)
    {
        // Schema order inside rPr: fonts, bold, italic, size.
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Justification { Val = center ? JustificationValues.Center : JustificationValues.Both }));
        paragraph.Append(new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    /// <summary>One line of a heading or signature block.</summary>
    public sealed record Line(string Text, bool Bold = false, bool Italic = false, int Size = 26);
}
