using EmulationBot.Deadlines;
using EmulationBot.Reports;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Reports;

public class ReportDialogTests
{
    internal static readonly string[] HappyPath = ["nộp báo cáo", "sơ kết", "Phòng đã hoàn thành 8/10 nhiệm vụ, tổ chức 2 hội thảo.", "bỏ qua", "xác nhận"];

    [Theory]
    [InlineData("nộp báo cáo", "sơ kết", "bỏ qua", "xác nhận")]
    [InlineData("nop bao cao", "so ket", "bo qua", "xac nhan")]
    [InlineData("submit report", "3", "skip", "confirm")]
    public async Task Submit_FiveTurns_ReceiptSaysOnTime(string start, string obligation, string skip, string confirm)
    {
        await using var world = await FlowWorld.CreateAsync();

        var choices = (await world.SendAsync(start)).AllText();
        Assert.Contains("Báo cáo sơ kết 6 tháng đầu năm", choices);
        Assert.DoesNotContain("đăng ký thi đua gửi về", choices);
        Assert.DoesNotContain("Tổng hợp danh sách", choices);
        await world.SendAsync(obligation);
        await world.SendAsync(start.StartsWith("submit", StringComparison.Ordinal) ? "We completed 8 of the 10 tasks and held 2 workshops." : "Phòng đã hoàn thành 8/10 nhiệm vụ.");
        Assert.Contains("15/06/2025", (await world.SendAsync(skip)).AllText());
        var receipt = await world.SendAsync(confirm);

        Assert.Single(receipt.Cards());
        Assert.Contains(start.StartsWith("submit", StringComparison.Ordinal) ? "Submitted on time" : "Nộp đúng hạn", receipt.AllText());
        var entry = Assert.Single((await world.UserStateAsync()).Reports);
        var stored = (await world.Storage.ReadAsync<Report>(entry.Key))!.Value;
        Assert.Equal(("o2", 1, true, FlowWorld.Science), (stored.OccurrenceKey, stored.Version, stored.OnTime, stored.UnitId));
        Assert.Equal(ObligationKind.ProgressReport, stored.Kind);
        var sheet = await world.Bot.Get<CompletionStore>().GetAsync("ke-hoach-thi-dua-2025", FlowWorld.Science, CancellationToken.None);
        Assert.Equal(CompletionSource.Report, sheet!.Entries["o2"].Source);
    }

    [Theory]
    [InlineData("2025-06-15T23:59:59+07:00", true, "Nộp đúng hạn")]
    [InlineData("2025-06-16T00:00:00+07:00", false, "Trễ hạn 1 ngày")]
    [InlineData("2025-06-15T17:30:00+00:00", false, "Trễ hạn 1 ngày")]
    [InlineData("2025-06-18T09:00:00+07:00", false, "Trễ hạn 3 ngày")]
    public async Task Submit_OnOrAfterTheDueDay_IsJudgedInVietnamTime(string at, bool onTime, string verdict)
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in HappyPath[..4]) await world.SendAsync(text);
        world.Clock.SetUtcNow(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(verdict, (await world.SendAsync("xác nhận")).AllText());
        Assert.Equal(onTime, (await world.UserStateAsync()).Reports.Single().OnTime);
    }

    [Fact]
    public async Task Resubmitting_KeepsTheEarlierVersion()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in HappyPath) await world.SendAsync(text);
        world.Clock.Advance(TimeSpan.FromDays(1));

        var choices = (await world.SendAsync("nộp lại báo cáo")).AllText();
        Assert.Contains("✓ Báo cáo sơ kết 6 tháng đầu năm", choices);
        await world.SendAsync("sơ kết");
        await world.SendAsync("Bản bổ sung: đã hoàn thành 10/10 nhiệm vụ.");
        await world.SendAsync("bỏ qua");
        var receipt = (await world.SendAsync("xác nhận")).AllText();

        Assert.Contains("nộp lại", receipt);
        Assert.Contains("Các lần nộp trước vẫn được lưu", receipt);
        var versions = await world.Bot.Get<ReportStore>().VersionsAsync(ReportKeys.Submissions("ke-hoach-thi-dua-2025", FlowWorld.Science, "o2"), CancellationToken.None);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.StartsWith("Phòng đã hoàn thành 8/10", versions[0].Summary);
        Assert.Equal(2, (await world.UserStateAsync()).Reports.Count);
    }

    [Fact]
    public async Task SubmittedReports_AreListedForTheirAuthorOnly()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in HappyPath) await world.SendAsync(text);

        var mine = (await world.SendAsync("báo cáo đã nộp")).AllText();
        Assert.Contains("Báo cáo sơ kết 6 tháng đầu năm phong trào thi đua", mine);
        Assert.Contains("Đúng hạn", mine);
        Assert.Contains("Bạn chưa nộp báo cáo nào", (await world.SendAsync("bao cao da nop", FlowWorld.Colleague)).AllText());
    }

    [Fact]
    public async Task SummaryTooShort_IsAskedAgain()
    {
        await using var world = await FlowWorld.CreateAsync();
        await world.SendAsync("nộp báo cáo");
        await world.SendAsync("sơ kết");

        Assert.Contains("Tóm tắt ngắn quá", (await world.SendAsync("xong")).AllText());
        Assert.Contains("Đính kèm tệp báo cáo", (await world.SendAsync("Đã hoàn thành đầy đủ các nhiệm vụ.")).AllText());
    }

    [Fact]
    public async Task ReportButtonOfTheDeadlinesList_StartsAtTheSummary()
    {
        await using var world = await FlowWorld.CreateAsync();

        var replies = (await world.Bot.SubmitAsync(new { command = "report", plan = "ke-hoach-thi-dua-2025", occurrence = "o4" })).AllText();

        Assert.Contains("Viết tóm tắt kết quả thực hiện «Báo cáo tổng kết phong trào thi đua năm 2025»", replies);
    }

    [Fact]
    public async Task ForgedButton_ForAnotherUnitsObligation_IsNotTaken()
    {
        await using var world = await FlowWorld.CreateAsync();

        var replies = (await world.Bot.SubmitAsync(new { command = "report", plan = "ke-hoach-thi-dua-2025", occurrence = "o5" })).AllText();

        Assert.Contains("Bạn nộp báo cáo cho việc nào", replies);
        Assert.DoesNotContain("Tổng hợp danh sách", replies);
    }

    [Fact]
    public async Task ReviewCard_SubmittedTwice_SubmitsOnce()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in HappyPath[..3]) await world.SendAsync(text);
        var review = (await world.SendAsync("bỏ qua")).Cards().Single();
        var data = CardActions.Data(review, "Xác nhận");

        Assert.Contains("Đã nhận báo cáo", (await world.Bot.SubmitAsync(data)).AllText());
        Assert.Contains("không còn hiệu lực", (await world.Bot.SubmitAsync(data)).AllText());
        Assert.Single(await world.Storage.ListAsync(ReportKeys.Prefix).ToListAsync());
    }

    [Fact]
    public async Task ReviewEdit_ChangesTheSummaryOnly()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in HappyPath[..4]) await world.SendAsync(text);

        await world.SendAsync("sửa");
        Assert.Contains("Tóm tắt hiện tại", (await world.SendAsync("tóm tắt")).AllText());
        var review = (await world.SendAsync("Tóm tắt mới đầy đủ hơn.")).AllText();

        Assert.Contains("Tóm tắt mới đầy đủ hơn.", review);
        Assert.Contains("Báo cáo sơ kết 6 tháng", review);
    }

    [Fact]
    public async Task RestartBetweenTurns_ContinuesTheReport()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in HappyPath[..4])
        {
            await world.SendAsync(text);
            await world.RestartAsync();
        }

        Assert.Contains("Đã nhận báo cáo", (await world.SendAsync("xác nhận")).AllText());
    }

    [Fact]
    public async Task NoUnitsConfigured_ReportsOnObligationsOfEveryUnit()
    {
        await using var world = await FlowWorld.CreateAsync(units: false);

        var choices = (await world.SendAsync("nộp báo cáo")).AllText();

        Assert.Contains("Báo cáo tổng kết phong trào", choices);
        Assert.DoesNotContain("Báo cáo tiến độ nhiệm vụ khoa học hằng tháng", choices);
    }
}
