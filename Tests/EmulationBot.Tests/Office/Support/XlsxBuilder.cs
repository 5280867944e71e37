using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace EmulationBot.Tests.Office.Support;

/// <summary>Builds small .xlsx files the way Excel stores them: text in the shared-string table (or inline), one cell per column with its reference.</summary>
public static class XlsxBuilder
{
    /// <param name="rows">Cell texts; null leaves the cell out (a gap Excel does not store).</param>
    public static byte[] Build(IEnumerable<string?[]> rows, bool inlineStrings = false, string sheetName = "Danh sách")
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint rowIndex = 0;
            foreach (var cells in rows)
            {
                var row = new Row { RowIndex = ++rowIndex };
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is not { } text) continue;
                    var reference = $"{(char)('A' + c)}{rowIndex}";
                    row.Append(inlineStrings
                        ? new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new SheetText(text)) }
                        : new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(shared.SharedStringTable, text)) });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }
        return stream.ToArray();
    }

    private static int Share(SharedStringTable table, string text)
    {
        var index = table.Elements<SharedStringItem>().TakeWhile(i => i.InnerText != text).Count();
        if (index == table.Elements<SharedStringItem>().Count()) table.AppendChild(new SharedStringItem(new SheetText(text) { Space = SpaceProcessingModeValues.Preserve }));
        return index;
    }
}
