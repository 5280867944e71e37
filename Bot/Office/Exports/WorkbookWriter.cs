using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EmulationBot.Localization;

namespace EmulationBot.Office.Exports;

/// <summary>
/// Writes an .xlsx workbook with one sheet per table: a bold header row (frozen, with a filter), text in the
/// shared-string table, dates as Excel serial numbers with a dd/mm/yyyy format (so they sort and filter as
/// dates), numbers as numbers. Vietnamese text is stored as Unicode and shows as typed.
/// </summary>
public static class WorkbookWriter
{
    /// <summary>Style indexes in the stylesheet below.</summary>
    internal const uint HeaderStyle = 1, DateStyle = 2, DateTimeStyle = 3, WrapStyle = 4;

    /// <summary>Excel keeps at most this many characters in a cell.</summary>
    private const int MaxCellLength = 32767;

    public static byte[] Write(IReadOnlyList<ExportTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var shared = new SharedStrings(workbook.AddNewPart<SharedStringTablePart>());
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table, shared);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = SheetName(table.Name) });
            }
            shared.Save();
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Worksheet Sheet(ExportTable table, SharedStrings shared)
    {
        var columns = new Columns();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = table.Columns[c].Width, CustomWidth = true });
        }
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < table.Columns.Count; c++) header.Append(TextCell(Reference(c, 1), table.Columns[c].Header, shared, HeaderStyle));
        data.Append(header);
        uint rowIndex = 1;
        foreach (var values in table.Rows)
        {
            var row = new Row { RowIndex = ++rowIndex };
            for (var c = 0; c < values.Count && c < table.Columns.Count; c++)
            {
                if (Cell(Reference(c, rowIndex), values[c], shared) is { } cell) row.Append(cell);
            }
            data.Append(row);
        }
        var sheetViews = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 });
        var worksheet = new Worksheet(sheetViews, columns, data);
        if (table.Columns.Count > 0) worksheet.Append(new AutoFilter { Reference = $"A1:{Reference(table.Columns.Count - 1, Math.Max(rowIndex, 1))}" });
        return worksheet;
    }

    private static Cell? Cell(string reference, object? value, SharedStrings shared) => value switch
    {
        null => null,
        string text => TextCell(reference, text, shared, text.Contains('\n') ? WrapStyle : 0),
        DateOnly date => NumberCell(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle),
        DateTimeOffset instant => NumberCell(reference, VietnamTime.ToVietnam(instant).DateTime.ToOADate(), DateTimeStyle),
        int or long or double or decimal => NumberCell(reference, Convert.ToDouble(value, CultureInfo.InvariantCulture), 0),
        _ => TextCell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", shared, 0),
    };

    private static Cell TextCell(string reference, string text, SharedStrings shared, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        CellValue = new CellValue(shared.IndexOf(text)),
        StyleIndex = style == 0 ? null : style,
    };

    private static Cell NumberCell(string reference, double number, uint style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style == 0 ? null : style,
    };

    /// <summary>Zero-based column, one-based row → "B7".</summary>
    internal static string Reference(int column, uint row)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Excel's rules: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c).ToArray()).Trim();
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet" : clean;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }) { Count = 5 });

    /// <summary>The workbook's shared-string table: each distinct text stored once.</summary>
    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = part.SharedStringTable = new SharedStringTable();

        public int IndexOf(string text)
        {
            if (_indexes.TryGetValue(text, out var index)) return index;
            index = _indexes.Count;
            _indexes[text] = index;
            _table.AppendChild(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlText.Clean(text, MaxCellLength)) { Space = SpaceProcessingModeValues.Preserve }));
            return index;
        }

        public void Save()
        {
            _table.Count = (uint)_indexes.Count;
            _table.UniqueCount = (uint)_indexes.Count;
            _table.Save();
        }
    }
}
