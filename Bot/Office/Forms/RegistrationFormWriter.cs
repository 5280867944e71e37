using EmulationBot.Localization;

namespace EmulationBot.Office.Forms;

/// <summary>
/// The registration form as a Word document: the department and unit on the left and the national motto on the
/// right, the title, the person's (or unit's) details, the title aimed at, the targets, the pledge, and the
/// signature block with "…, ngày … tháng … năm …", left blank for the date of signing.
/// </summary>
public static class RegistrationFormWriter
{
    public const string Department = "SỞ KHOA HỌC VÀ CÔNG NGHỆ";

    public static byte[] Write(RegistrationForm form)
    {
        var doc = new DocxBuilder();
        Heading(doc, form.UnitName);
        doc.Blank()
            .Paragraph(form.Collective ? "BẢN ĐĂNG KÝ THI ĐUA CỦA TẬP THỂ" : "BẢN ĐĂNG KÝ THI ĐUA CÁ NHÂN", bold: true, center: true, size: 28, after: 0)
            .Paragraph(form.Year is { } year ? $"Năm {year}" : "", bold: true, center: true, after: 0)
            .Paragraph($"(Thực hiện {form.PlanNumber ?? ""} {form.PlanTitle})".Replace("( ", "(", StringComparison.Ordinal), italic: true, center: true, after: 240)
            .Paragraph("Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Khoa học và Công nghệ", center: true, after: 240);

        doc.Paragraph("1. Thông tin " + (form.Collective ? "tập thể đăng ký" : "người đăng ký"), bold: true);
        if (form.Collective)
        {
            doc.Paragraph($"- Tên tập thể: {form.UnitName}");
            doc.Paragraph($"- Người đại diện (thủ trưởng đơn vị): {form.RegistrantName}");
        }
        else
        {
            doc.Paragraph($"- Họ và tên: {form.RegistrantName}");
            doc.Paragraph($"- Đơn vị công tác: {form.UnitName ?? "……………………"}");
        }
        if (form.Email is { Length: > 0 } email) doc.Paragraph($"- Thư điện tử: {email}");

        doc.Paragraph("2. Danh hiệu thi đua đăng ký", bold: true).Paragraph(form.TitleName);
        doc.Paragraph("3. Chỉ tiêu, nhiệm vụ đăng ký", bold: true);
        var n = 0;
        foreach (var target in form.Targets) doc.Paragraph($"{++n}. {target}");
        if (form.PledgeText is { Length: > 0 } pledge)
        {
            doc.Paragraph($"4. {form.PledgeLabel ?? "Sáng kiến, điển hình"} đăng ký xây dựng", bold: true).Paragraph(pledge);
        }
        doc.Paragraph($"Số đăng ký: {form.Number} — đăng ký ngày {VietnamTime.FormatDate(form.RegisteredAt)} — tình trạng: {form.Status}.", italic: true, size: 22, after: 240);

        var place = $"{form.Province ?? "…"}, ngày … tháng … năm …";
        if (form.Collective)
        {
            doc.TwoColumns([], [new(place, Italic: true), new("THỦ TRƯỞNG ĐƠN VỊ", Bold: true), new("(Ký, ghi rõ họ tên, đóng dấu)", Italic: true), new(""), new(""), new(""), new(form.RegistrantName, Bold: true)]);
        }
        else
        {
            doc.TwoColumns(
                [new(""), new("THỦ TRƯỞNG ĐƠN VỊ", Bold: true), new("(Ký, ghi rõ họ tên)", Italic: true)],
                [new(place, Italic: true), new("NGƯỜI ĐĂNG KÝ", Bold: true), new("(Ký, ghi rõ họ tên)", Italic: true), new(""), new(""), new(""), new(form.RegistrantName, Bold: true)]);
        }
        return doc.Build();
    }

    /// <summary>The heading of a Vietnamese administrative paper: issuing body on the left, national name and motto on the right.</summary>
    internal static void Heading(DocxBuilder doc, string? unitName) => doc.TwoColumns(
        [new(Department, Size: 24), new((unitName ?? "").ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), Bold: true, Size: 24), new("―――――", Size: 24)],
        [new("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold: true, Size: 24), new("Độc lập - Tự do - Hạnh phúc", Bold: true), new("―――――――――――", Size: 24)]);
}
