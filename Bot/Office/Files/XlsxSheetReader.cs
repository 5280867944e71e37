using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EmulationBot.Office.Files;

/// <summary>Reads the cells of a workbook's first sheet as text, row by row, each cell in its own column (gaps kept).</summary>
public static class XlsxSheetReader
{
    /// <summary>The rows with their numbers in the sheet; null when the bytes are not an .xlsx workbook.</summary>
    public static List<(int Line, string[] Fields)>? Read(byte[] bytes)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) return null;
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(Text).ToArray() ?? [];
            var rows = new List<(int, string[])>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(Value(cell, shared));
                }
                rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells.ToArray()));
            }
            return rows;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string Value(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString) return int.TryParse(raw, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString is { } inline ? Text(inline) : "";
        if (cell.DataType?.Value == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        return raw;
    }

    /// <summary>The visible text of a string item: its runs, without phonetic guides.</summary>
    private static string Text(OpenXmlElement item) =>
        item.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>() is { } text && !item.Elements<Run>().Any()
            ? text.Text
            : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));

    /// <summary>"C12" → 2 (zero-based).</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            letters++;
        }
        return letters == 0 ? null : index - 1;
    }
}
