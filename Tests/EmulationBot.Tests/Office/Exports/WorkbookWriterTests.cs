using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using EmulationBot.Office.Exports;

namespace EmulationBot.Tests.Office.Exports;

public class WorkbookWriterTests
{
    private static readonly DateTimeOffset Registered = new(2022, 5, 16, 2, 30, 0, TimeSpan.Zero);

    private static byte[] Sample() => WorkbookWriter.Write(
    [
        new ExportTable("Đăng ký", [new("Họ và tên"), new("Đơn vị"), new("Danh hiệu"), new("Ngày đăng ký"), new("Số chỉ tiêu")],
        [
            ["Trần Thị Bình", "Phòng Quản lý khoa học", "Chiến sĩ thi đua cơ sở", Registered, 3],
            ["Đỗ Thị Hoa", "Phòng Kế hoạch - Tài chính", "Lao động tiên tiến\nvà sáng kiến", Registered.AddDays(1), 1],
        ]),
        new ExportTable("Báo cáo", [new("Đơn vị"), new("Hạn nộp"), new("Ngày nộp")], [["Văn phòng Sở", new DateOnly(2022, 6, 15), Registered]]),
        new ExportTable("Quá hạn", [new("Đơn vị"), new("Việc"), new("Hạn")], []),
    ]);

    [Fact]
    public void Write_OneSheetPerTable_WithVietnameseHeaders()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);

        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Đăng ký", "Báo cáo", "Quá hạn"], sheets);
        Assert.Equal(["Họ và tên", "Đơn vị", "Danh hiệu", "Ngày đăng ký", "Số chỉ tiêu"], Row(document, "Đăng ký", 1));
        Assert.Equal(["Đơn vị", "Việc", "Hạn"], Row(document, "Quá hạn", 1));
    }

    [Fact]
    public void Write_Text_IsSharedStringsWithVietnameseIntact()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);

        var cell = Cell(document, "Đăng ký", "A2");
        Assert.Equal(CellValues.SharedString, cell.DataType!.Value);
        Assert.Equal(["Trần Thị Bình", "Phòng Quản lý khoa học", "Chiến sĩ thi đua cơ sở"], Row(document, "Đăng ký", 2).Take(3));
        Assert.Equal("Lao động tiên tiến\nvà sáng kiến", Row(document, "Đăng ký", 3)[2]);
    }

    [Fact]
    public void Write_Dates_AreNumbersWithADateFormatInVietnamTime()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);

        var registered = Cell(document, "Đăng ký", "D2");
        Assert.Null(registered.DataType);
        var serial = double.Parse(registered.CellValue!.Text, CultureInfo.InvariantCulture);
        Assert.Equal(new DateTime(2022, 5, 16, 9, 30, 0), DateTime.FromOADate(serial));
        Assert.StartsWith("dd/mm/yyyy", FormatOf(document, registered));
        var due = Cell(document, "Báo cáo", "B2");
        Assert.Equal(new DateTime(2022, 6, 15), DateTime.FromOADate(double.Parse(due.CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("dd/mm/yyyy", FormatOf(document, due));
        Assert.Equal("3", Cell(document, "Đăng ký", "E2").CellValue!.Text);
    }

    [Fact]
    public void Write_Workbook_PassesTheOpenXmlSchemaValidator()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Write_ControlCharactersInTypedText_AreDroppedNotFatal()
    {
        var bytes = WorkbookWriter.Write([new ExportTable("A", [new("Ghi chú")], [["Bình\u0001\u0008 nộp"]])]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal("Bình nộp", Row(document, "A", 2)[0]);
    }

    internal static List<string> Row(SpreadsheetDocument document, string sheet, uint row)
    {
        var shared = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray();
        return Part(document, sheet).Worksheet.Descendants<Row>().Single(r => r.RowIndex! == row).Elements<Cell>()
            .Select(c => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? "")
            .ToList();
    }

    internal static List<List<string>> Rows(SpreadsheetDocument document, string sheet) =>
        Part(document, sheet).Worksheet.Descendants<Row>().Select(r => Row(document, sheet, r.RowIndex!.Value)).ToList();

    internal static Cell Cell(SpreadsheetDocument document, string sheet, string reference) =>
        Part(document, sheet).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    internal static string FormatOf(SpreadsheetDocument document, Cell cell)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value!;
    }

    private static WorksheetPart Part(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }
}
