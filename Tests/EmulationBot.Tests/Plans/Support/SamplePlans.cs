namespace EmulationBot.Tests.Plans.Support;

/// <summary>The project's own sample plans (Data/Plans, written for these tests) and a generated .docx one.</summary>
internal static class SamplePlans
{
    public const string HaTinh = "hatinh-chuyen-doi-so-2025.md";
    public const string NinhThuan = "ninhthuan-cai-cach-hanh-chinh-2024.txt";
    public const string QuangTriDocx = "quangtri-sang-kien-2024.docx";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "Plans", name);

    public static byte[] Bytes(string name) => name == QuangTriDocx ? QuangTri() : File.ReadAllBytes(Path(name));

    /// <summary>A plan as Word writes it: header table, heading styles with list numbering, bullets, a date range and a quarter.</summary>
    public static byte[] QuangTri() => new DocxPlanBuilder()
        .HeaderTable(
            ["UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 47/KH-SKHCN"],
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày 22 tháng 8 năm 2024"])
        .Paragraph("KẾ HOẠCH", "Title")
        .Paragraph("Phát động thi đua “Sáng kiến vì cộng đồng” những tháng cuối năm 2024")
        .Paragraph("Căn cứ Kế hoạch số 210/KH-UBND ngày 12/7/2024 của UBND tỉnh Quảng Trị, Sở Khoa học và Công nghệ xây dựng kế hoạch như sau:")
        .Heading(1, "MỤC ĐÍCH, YÊU CẦU")
        .Paragraph("Phát huy sáng kiến của cán bộ, viên chức, lập thành tích chào mừng kỷ niệm 50 năm Ngày giải phóng hoàn toàn tỉnh Quảng Trị (01/5/1972 - 01/5/2022).")
        .Heading(1, "NỘI DUNG VÀ TIẾN ĐỘ")
        .Paragraph("Thời gian thực hiện: từ ngày ký đến hết ngày 31/12/2024.")
        .Heading(2, "Đăng ký sáng kiến")
        .Bullet("Các phòng, đơn vị đăng ký sáng kiến với Văn phòng Sở trước ngày 05/9/2024.")
        .Bullet("Hội đồng sáng kiến của Sở thẩm định các sáng kiến đăng ký trong tháng 9/2024.")
        .Heading(1, "TỔ CHỨC THỰC HIỆN")
        .Heading(2, "Văn phòng Sở")
        .Paragraph("Theo dõi, tổng hợp sáng kiến; báo cáo Giám đốc Sở kết quả thẩm định chậm nhất là ngày 20 tháng 12 năm 2024.")
        .Bullet("Tổ chức hội nghị biểu dương sáng kiến tiêu biểu trong quý IV/2024.")
        .Heading(2, "Các phòng chuyên môn")
        .Bullet("Báo cáo số sáng kiến được áp dụng hằng quý.")
        .Bullet("Gửi báo cáo tổng kết trước ngày 10/12/2024.")
        .Paragraph("Trên đây là Kế hoạch phát động thi đua của Sở Khoa học và Công nghệ./.")
        .BrokenParagraph("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
        .Build();
}
