using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Office.Support;

/// <summary>Employees doing their part through the real guided flows, so that office views read real records.</summary>
public static class FlowSteps
{
    public const string Plan = "ke-hoach-thi-dua-2025";

    public static async Task RegisterAsync(FlowWorld world, TestUser user, string title = "Lao động tiên tiến")
    {
        foreach (var text in new[] { "đăng ký", title, "Hoàn thành 100% nhiệm vụ được giao", "bỏ qua" }) await world.SendAsync(text, user);
        Assert.Contains("Đã ghi nhận", (await world.SendAsync("xác nhận", user)).AllText());
    }

    public static async Task RegisterUnitAsync(FlowWorld world, TestUser head, string title = "Tập thể lao động xuất sắc")
    {
        foreach (var text in new[] { "đăng ký tập thể", title, "Chỉ tiêu của phòng", "bỏ qua" }) await world.SendAsync(text, head);
        Assert.Contains("Đã ghi nhận", (await world.SendAsync("xác nhận", head)).AllText());
    }

    public static async Task SubmitMidYearReportAsync(FlowWorld world, TestUser user)
    {
        foreach (var text in new[] { "nộp báo cáo", "sơ kết", "Phòng đã hoàn thành 8/10 nhiệm vụ, tổ chức 2 hội thảo.", "bỏ qua" }) await world.SendAsync(text, user);
        Assert.Contains("Nộp đúng hạn", (await world.SendAsync("xác nhận", user)).AllText());
    }

    public static async Task ResubmitMidYearReportAsync(FlowWorld world, TestUser user)
    {
        foreach (var text in new[] { "nộp lại báo cáo", "sơ kết", "Bản bổ sung: đã có số liệu quý II.", "bỏ qua" }) await world.SendAsync(text, user);
        Assert.Contains("Nộp đúng hạn", (await world.SendAsync("xác nhận", user)).AllText());
    }
}
