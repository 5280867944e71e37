using System.Text;
using EmulationBot.Office.Exports;
using EmulationBot.Office.Files;

namespace EmulationBot.Tests.Office.Exports;

public class CsvExportTests
{
    [Fact]
    public void Write_StartsWithUtf8Bom_AndUsesCrLf()
    {
        var bytes = CsvExport.Write(new ExportTable("x", [new("Họ và tên")], [["Bình"]]));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Họ và tên\r\nBình\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Write_ThenParse_RoundTripsQuotesCommasLineBreaksAndVietnamese()
    {
        string[][] rows =
        [
            ["Họ và tên", "Chỉ tiêu", "Ghi chú"],
            ["Trần Thị Bình", "1. Hoàn thành 100% kế hoạch, đúng hạn\n2. Có \"sáng kiến\" cấp cơ sở", " có khoảng trắng "],
            ["Đỗ Thị Hoa", "", "Đắk Nông; Quảng Bình"],
        ];

        var bytes = CsvExport.Write(new ExportTable("x", rows[0].Select(h => new ExportColumn(h)).ToList(), rows[1..].Select(r => (IReadOnlyList<object?>)r).ToList()));
        var parsed = CsvReader.Parse(CsvReader.Decode(bytes)!);

        Assert.Equal(rows, parsed.Select(p => p.Fields));
    }

    [Fact]
    public void Write_DatesAndNumbers_AsPeopleInVietnamReadThem()
    {
        var bytes = CsvExport.Write(new ExportTable("x", [new("Hạn"), new("Nộp lúc"), new("Số")],
            [[new DateOnly(2022, 6, 15), new DateTimeOffset(2022, 6, 14, 17, 5, 0, TimeSpan.Zero), 2.5]]));

        Assert.Equal(["15/06/2022", "15/06/2022 00:05", "2.5"], CsvReader.Parse(CsvReader.Decode(bytes)!)[1].Fields);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Write_TextThatExcelWouldRun_IsKeptAsText(string value)
    {
        var bytes = CsvExport.Write(new ExportTable("x", [new("Ghi chú")], [[value]]));

        Assert.Equal("'" + value, CsvReader.Parse(CsvReader.Decode(bytes)!)[1].Fields[0]);
    }
}
