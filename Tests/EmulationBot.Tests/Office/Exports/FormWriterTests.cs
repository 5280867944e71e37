using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using EmulationBot.Office.Forms;

namespace EmulationBot.Tests.Office.Exports;

public class FormWriterTests
{
    private static readonly RegistrationForm Individual = new()
    {
        Number = "DK-220516-2K9F7QX",
        PlanTitle = "Kế hoạch phát động phong trào thi đua năm 2022",
        PlanNumber = "45/KH-SKHCN",
        Province = "Quảng Bình",
        Year = 2022,
        Collective = false,
        RegistrantName = "Trần Thị Bình",
        Email = "binh.tt@skhcn.gov.vn",
        UnitName = "Phòng Quản lý khoa học",
        TitleName = "Chiến sĩ thi đua cơ sở",
        Targets = ["Hoàn thành 100% nhiệm vụ được giao", "Có 01 sáng kiến được công nhận"],
        PledgeLabel = "Sáng kiến",
        PledgeText = "Số hóa quy trình thẩm định đề tài",
        RegisteredAt = new DateTimeOffset(2022, 5, 16, 2, 0, 0, TimeSpan.Zero),
        Status = "Đã duyệt",
    };

    [Fact]
    public void RegistrationForm_Opens_AndCarriesTheDetailsTargetsAndSignatureBlock()
    {
        var text = Text(RegistrationFormWriter.Write(Individual));

        foreach (var expected in new[]
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BẢN ĐĂNG KÝ THI ĐUA CÁ NHÂN", "Năm 2022",
            "Họ và tên: Trần Thị Bình", "Đơn vị công tác: Phòng Quản lý khoa học", "Chiến sĩ thi đua cơ sở",
            "1. Hoàn thành 100% nhiệm vụ được giao", "2. Có 01 sáng kiến được công nhận", "Số hóa quy trình thẩm định đề tài",
            "Quảng Bình, ngày … tháng … năm …", "NGƯỜI ĐĂNG KÝ", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)", "DK-220516-2K9F7QX",
        })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public void RegistrationForm_Collective_IsSignedByTheUnitHeadWithTheSeal()
    {
        var text = Text(RegistrationFormWriter.Write(Individual with { Collective = true, Province = null, TitleName = "Tập thể lao động xuất sắc" }));

        Assert.Contains("BẢN ĐĂNG KÝ THI ĐUA CỦA TẬP THỂ", text);
        Assert.Contains("Tên tập thể: Phòng Quản lý khoa học", text);
        Assert.Contains("…, ngày … tháng … năm …", text);
        Assert.Contains("(Ký, ghi rõ họ tên, đóng dấu)", text);
        Assert.DoesNotContain("NGƯỜI ĐĂNG KÝ", text);
    }

    [Fact]
    public void UnitList_Opens_WithOneTableRowPerPerson()
    {
        var list = new UnitRegistrationList
        {
            PlanTitle = Individual.PlanTitle, Year = 2022, UnitName = "Phòng Quản lý khoa học", UnitHeadName = "Lê Hoàng Cường",
            CollectiveTitle = "Tập thể lao động tiên tiến",
            Lines =
            [
                new("Trần Thị Bình", "Chiến sĩ thi đua cơ sở", ["Hoàn thành 100%"], "Sáng kiến: số hóa", "Đã duyệt", "DK-1"),
                new("Ngô Văn Em", "Lao động tiên tiến", ["Đúng hạn"], null, "Chờ duyệt", "DK-2"),
            ],
        };

        var bytes = UnitRegistrationListWriter.Write(list);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var table = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Skip(1).First();
        Assert.Equal(3, table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());
        var text = Text(bytes);
        Assert.Contains("DANH SÁCH ĐĂNG KÝ THI ĐUA", text);
        Assert.Contains("Danh hiệu tập thể đăng ký: Tập thể lao động tiên tiến", text);
        Assert.Contains("Ngô Văn Em", text);
        Assert.Contains("Lê Hoàng Cường", text);
    }

    [Fact]
    public void Documents_PassTheOpenXmlSchemaValidator()
    {
        foreach (var bytes in new[] { RegistrationFormWriter.Write(Individual), UnitRegistrationListWriter.Write(new UnitRegistrationList { PlanTitle = "KH", UnitName = "Văn phòng Sở" }) })
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    private static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join('\n', document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
