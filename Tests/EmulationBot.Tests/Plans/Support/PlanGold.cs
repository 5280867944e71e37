namespace EmulationBot.Tests.Plans.Support;

/// <summary>The obligations each plan used in the tests really contains, as a careful reader lists them.</summary>
internal static class PlanGold
{
    private const string Office = "Văn phòng Sở";

    /// <summary>
    /// Đắk Nông sets no dated task: its only own date ends the movement period (II.1); every other date belongs to
    /// a cited document, the anniversary (01/01/2004 - 01/01/2024), a stage ("giai đoạn 2021 - 2025") or a horizon.
    /// </summary>
    public static GoldObligation[] DakNong { get; } = [];

    public static GoldObligation[] QuangBinh { get; } =
    [
        new("III.1", "2022-05-30", [Office], "Theo dõi, đôn đốc"),
        new("III.1", "2022-10", [Office], "kiểm tra tình hình"),
        new("III.1", "2022-11", [Office], "báo cáo đánh giá tổng kết"),
        new("III.2", "2022-05-30", ["Các đơn vị trực thuộc Sở"], "gửi Kế hoạch của đơn vị"),
        new("III.2", "2022", ["Các đơn vị trực thuộc Sở"], "điển hình"),
    ];

    public static GoldObligation[] HaTinh { get; } =
    [
        new("III.1", "2025-03-25", [Office], "lễ phát động"),
        new("III.1", "2025-Q2", [Office], "Tổng hợp kết quả đăng ký"),
        new("III.1", "2025-07", [Office], "sơ kết 6 tháng"),
        new("III.1", "2025-12-15", [Office], "Tổng kết phong trào"),
        new("III.2", "2025-04-10", ["Các phòng chuyên môn, đơn vị trực thuộc Sở"], "Đăng ký danh hiệu"),
        new("III.2", null, ["Các phòng chuyên môn, đơn vị trực thuộc Sở"], "Báo cáo tiến độ", "FREQ=MONTHLY;BYMONTHDAY=10"),
        new("III.2", null, ["Các phòng chuyên môn, đơn vị trực thuộc Sở"], "ứng dụng chuyển đổi số", "FREQ=MONTHLY;INTERVAL=6"),
        new("III.2", "2025-10-20", ["Các phòng chuyên môn, đơn vị trực thuộc Sở"], "kiểm tra chéo", From: "2025-10-01"),
        new("III.3", "2025-Q3", ["Phòng Quản lý khoa học"], "lựa chọn các sáng kiến"),
        new("III.4", null, ["Trung tâm Thông tin, Ứng dụng khoa học và công nghệ"], "Đăng tải tin", "FREQ=MONTHLY;INTERVAL=3"),
        new("IV.2", "2025-12-05", ["Các đơn vị"], "hồ sơ đề nghị khen thưởng"),
    ];

    public static GoldObligation[] NinhThuan { get; } =
    [
        new("3.a", "2024-06-20", [Office], "Rà soát toàn bộ thủ tục"),
        new("3.a", "2024-08", [Office], "lấy ý kiến người dân"),
        new("3.a", "2024-09-15", [Office], "kết quả khảo sát"),
        new("3.b", "2024-06-30", ["Phòng Quản lý chuyên ngành"], "quy trình nội bộ"),
        new("3.b", "2024-10", ["Phòng Quản lý chuyên ngành"], "tập huấn", From: "2024-09"),
        new("3.c", null, ["Các đơn vị trực thuộc Sở"], "kết quả thi đua", "FREQ=MONTHLY;BYMONTHDAY=25"),
        new("3.c", "2024-11-15", ["Các đơn vị trực thuộc Sở"], "tổng kết"),
    ];

    public static GoldObligation[] QuangTri { get; } =
    [
        new("II.1", "2024-09-05", ["Các phòng, đơn vị"], "đăng ký sáng kiến"),
        new("II.1", "2024-09", ["Hội đồng sáng kiến của Sở"], "thẩm định"),
        new("III.1", "2024-12-20", [Office], "kết quả thẩm định"),
        new("III.1", "2024-Q4", [Office], "hội nghị biểu dương"),
        new("III.2", null, ["Các phòng chuyên môn"], "số sáng kiến", "FREQ=MONTHLY;INTERVAL=3"),
        new("III.2", "2024-12-10", ["Các phòng chuyên môn"], "báo cáo tổng kết"),
    ];
}
