namespace EmulationBot.Tests.Plans.Support;

/// <summary>
/// Plans written after the extractor was finished, with their gold lists written before running it on them; their
/// scores are reported as they came out, without tuning the extractor to them.
/// </summary>
internal static class HoldoutGold
{
    public const string BinhDinh = "holdout-binhdinh-khoi-nghiep-2023.md";
    public const string LaoCai = "holdout-laocai-van-hoa-cong-so-2023.txt";
    private const string Office = "Văn phòng Sở";
    private const string Units = "Các phòng, đơn vị trực thuộc Sở";

    public static GoldObligation[] BinhDinhGold { get; } =
    [
        new("II.2", "2023-08-31", [], "Ngày hội khởi nghiệp", From: "2023-08-01"),
        new("III.1", "2023-04-15", ["Phòng Kế hoạch - Tài chính"], "bố trí kinh phí"),
        new("III.2", "2023-06-30", ["Phòng Quản lý khoa học"], "thể lệ"),
        new("III.2", null, ["Phòng Quản lý khoa học"], "tình hình hỗ trợ", "FREQ=MONTHLY;INTERVAL=3"),
        new("III.3", "2023-09-30", ["Thanh tra Sở"], "kiểm tra việc thực hiện"),
        new("III.4", "2023-12", [Office], "tổng hợp kết quả"),
    ];

    /// <summary>II.2 ("Tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam (18/5/2023)") counts: a dated action without a deadline word.</summary>
    public static GoldObligation[] LaoCaiGold { get; } =
    [
        new("II.2", "2023-05-18", [], "hưởng ứng Ngày Khoa học"),
        new("III.1", "2023-03-20", [Units], "Đăng ký thi đua"),
        new("III.1", "2023-06-15", [Units], "Báo cáo 6 tháng"),
        new("III.1", "2023-11-25", [Units], "báo cáo năm"),
        new("III.1", null, [Units], "Tự kiểm tra", "FREQ=MONTHLY"),
        new("III.2", null, [Office], "chấm công", "FREQ=WEEKLY"),
        new("III.2", null, [Office], "Tổng hợp báo cáo kết quả thi đua", "FREQ=MONTHLY;BYMONTHDAY=5"),
        new("III.2", "2023-Q4", [Office], "Hội nghị tổng kết"),
    ];

    public static IEnumerable<PlanCorpus.Entry> All =>
    [
        new(BinhDinh, () => SamplePlans.Bytes(BinhDinh), BinhDinhGold, Holdout: true),
        new(LaoCai, () => SamplePlans.Bytes(LaoCai), LaoCaiGold, Holdout: true),
    ];
}
