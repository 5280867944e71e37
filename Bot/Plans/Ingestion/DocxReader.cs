using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationBot.Plans.Parsing;
using EmulationBot.Text;

namespace EmulationBot.Plans.Ingestion;

/// <summary>
/// Reads a .docx into plan lines: paragraphs (and the cells of header tables) in order, with the heading level of
/// their style and the number or bullet Word shows for them.
/// </summary>
internal static class DocxReader
{
    /// <summary>Refuse documents whose main part would expand beyond this (a "zip bomb"), whatever the file size.</summary>
    private const long MaxDocumentPartBytes = 64L * 1024 * 1024;

    /// <exception cref="InvalidDataException">The file is not a readable Word document.</exception>
    public static SourceDocument Read(byte[] bytes)
    {
        CheckExpandedSize(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document.");
            var body = main.Document?.Body ?? throw new InvalidDataException("The document has no body.");
            var styles = new DocxStyles(main.StyleDefinitionsPart);
            var numbering = new DocxNumbering(main.NumberingDefinitionsPart);
            var lines = new List<SourceLine>();
            foreach (var paragraph in Paragraphs(body)) lines.AddRange(ReadParagraph(paragraph, styles, numbering));
            return new SourceDocument(lines, SourceFormat.Docx);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new InvalidDataException("The file is not a readable Word document.", ex);
        }
    }

    private static void CheckExpandedSize(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > MaxDocumentPartBytes * 4 || zip.Entries.Any(e => e.Length > MaxDocumentPartBytes))
            {
                throw new InvalidDataException("The document expands beyond the size limit.");
            }
        }
        catch (Exception ex) when (ex is not InvalidDataException)
        {
            throw new InvalidDataException("The file is not a readable Word document.", ex);
        }
    }

    private static IEnumerable<Paragraph> Paragraphs(Body body)
    {
        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph paragraph) yield return paragraph;
            else foreach (var inner in element.Descendants<Paragraph>()) yield return inner;
        }
    }

    private static IEnumerable<SourceLine> ReadParagraph(Paragraph paragraph, DocxStyles styles, DocxNumbering numbering)
    {
        var pieces = Text(paragraph);
        var text = string.Join(' ', pieces).Trim();
        if (text.Length == 0) return [new SourceLine("")];
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var heading = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? outline + 1 : styles.HeadingLevel(styleId);
        var numPr = paragraph.ParagraphProperties?.NumberingProperties ?? styles.Numbering(styleId);
        var (label, bullet) = numPr?.NumberingId?.Val?.Value is { } numId ? numbering.Next(numId, numPr.NumberingLevelReference?.Val?.Value ?? 0) : (null, false);
        if (pieces.Count > 1 && pieces.All(ParagraphJoiner.LooksLikeHeading) && label is null && !bullet)
        {
            // A header cell with line breaks ("UBND TỈNH …" / "SỞ KHOA HỌC …"): each line is its own line.
            return pieces.Select(p => new SourceLine(p.Trim(), heading));
        }
        return [new SourceLine(label is null ? text : $"{label} {text}", heading, bullet, heading is not null || IsBold(paragraph))];
    }

    /// <summary>Every run with text is bold (directly; bold from a style counts as a heading style instead).</summary>
    private static bool IsBold(Paragraph paragraph)
    {
        var runs = paragraph.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value));
    }

    private static List<string> Text(Paragraph paragraph)
    {
        var pieces = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: current.Append(t.Text); break;
                case TabChar: current.Append(' '); break;
                case Break or CarriageReturn:
                    pieces.Add(current.ToString());
                    current.Clear();
                    break;
            }
        }
        pieces.Add(current.ToString());
        return pieces.Select(p => VietnameseText.CollapseSpaces(Dates.AlignedFold.Clean(p))).Where(p => p.Length > 0).ToList();
    }
}
