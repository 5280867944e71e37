using System.Globalization;

namespace EmulationBot.Office.Forms;

/// <summary>The unit's consolidated list as a Word document: heading, title, a table of everyone's registration, signatures.</summary>
public static class UnitRegistrationListWriter
{
    public static byte[] Write(UnitRegistrationList list)
    {
        var doc = new DocxBuilder();
        RegistrationFormWriter.Heading(doc, list.UnitName);
        doc.Blank()
            .Paragraph("DANH SÁCH ĐĂNG KÝ THI ĐUA", bold: true, center: true, size: 28, after: 0)
            .Paragraph($"{list.UnitName}{(list.Year is { } y ? $" — năm {y}" : "")}", bold: true, center: true, after: 0)
            .Paragraph($"(Thực hiện {list.PlanNumber ?? ""} {list.PlanTitle})".Replace("( ", "(", StringComparison.Ordinal), italic: true, center: true, after: 240);

        doc.Paragraph("1. Danh hiệu tập thể đăng ký: " + (list.CollectiveTitle ?? "chưa đăng ký"), bold: true);
        doc.Paragraph($"2. Cá nhân đăng ký: {list.Lines.Count.ToString(CultureInfo.InvariantCulture)} người", bold: true);
        var rows = list.Lines.Select((line, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            line.Name,
            line.Title,
            string.Join('\n', line.Targets.Select((t, k) => $"{k + 1}. {t}")),
            line.Pledge ?? "",
            $"{line.Status}\n{line.Number}",
        ]);
        doc.Table(["STT", "Họ và tên", "Danh hiệu đăng ký", "Chỉ tiêu, nhiệm vụ", "Sáng kiến, điển hình", "Tình trạng"], [6, 18, 16, 32, 14, 14], rows);
        doc.Blank();
        doc.TwoColumns(
            [new(""), new("NGƯỜI LẬP DANH SÁCH", Bold: true), new("(Ký, ghi rõ họ tên)", Italic: true)],
            [new($"{list.Province ?? "…"}, ngày … tháng … năm …", Italic: true), new("THỦ TRƯỞNG ĐƠN VỊ", Bold: true), new("(Ký, ghi rõ họ tên, đóng dấu)", Italic: true),
                new(""), new(""), new(""), new(list.UnitHeadName ?? "", Bold: true)]);
        return doc.Build();
    }
}
