using DocumentFormat.OpenXml.Packaging;
using EmulationBot.Office.Audit;
using EmulationBot.Office.Files;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Office.Exports;

public class PlanExportTests
{
    [Fact]
    public async Task Export_Office_WorkbookWithThreeSheetsAndMatchingCsvFiles()
    {
        await using var world = await FlowWorld.CreateAsync(settings: ExportLinks.Settings());
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        await FlowSteps.SubmitMidYearReportAsync(world, FlowWorld.Colleague);

        var replies = await world.SendAsync("xuất danh sách", FlowWorld.Office);

        var card = replies.Cards().Single();
        Assert.Contains("Liên kết dùng được đến", replies.AllText());
        var files = await ExportLinks.FilesAsync(world.Bot, card);
        Assert.Equal(
            ["Thi đua 2025 - tất cả đơn vị - Báo cáo.csv", "Thi đua 2025 - tất cả đơn vị - Quá hạn.csv", "Thi đua 2025 - tất cả đơn vị - Đăng ký.csv", "Thi đua 2025 - tất cả đơn vị.xlsx"],
            files.Keys.Order(StringComparer.Ordinal));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(files["Thi đua 2025 - tất cả đơn vị.xlsx"]), false);
        var registration = WorkbookWriterTests.Row(workbook, "Đăng ký", 2);
        Assert.Equal(["1", "Nguyễn Văn An", "Phòng Quản lý khoa học", "Cá nhân", "Lao động tiên tiến"], new[] { registration[0], registration[2], registration[3], registration[4], registration[5] });
        Assert.Equal("dd/mm/yyyy hh:mm", WorkbookWriterTests.FormatOf(workbook, WorkbookWriterTests.Cell(workbook, "Đăng ký", "I2")));
        Assert.Contains("Phòng đã hoàn thành 8/10 nhiệm vụ, tổ chức 2 hội thảo.", WorkbookWriterTests.Row(workbook, "Báo cáo", 2));
        Assert.Equal("dd/mm/yyyy", WorkbookWriterTests.FormatOf(workbook, WorkbookWriterTests.Cell(workbook, "Báo cáo", "D2")));
        var overdue = WorkbookWriterTests.Rows(workbook, "Quá hạn").Select(r => string.Join('|', r)).ToList();
        Assert.Contains(overdue, r => r.Contains("Phòng Quản lý khoa học|Các phòng, đơn vị đăng ký thi đua", StringComparison.Ordinal) && r.Contains("Phạm Thị Dung", StringComparison.Ordinal));
        var csv = CsvReader.Parse(CsvReader.Decode(files["Thi đua 2025 - tất cả đơn vị - Đăng ký.csv"])!);
        Assert.Equal("Họ và tên / tập thể", csv[0].Fields[2]);
        Assert.Equal("Nguyễn Văn An", csv[1].Fields[2]);
        Assert.Equal(AuditAction.Exported, (await world.Bot.Get<IAuditLog>().LatestAsync(1)).Single().Action);
    }

    [Fact]
    public async Task Export_UnitHead_HasTheirUnitOnly()
    {
        await using var world = await FlowWorld.CreateAsync(settings: ExportLinks.Settings());
        var finance = TestUser.Make(6, "Vũ Minh Đức");
        await world.Bot.Get<EmulationBot.Units.UnitDirectoryStore>().UpdateAsync(d => d.WithMember(new EmulationBot.Units.Member
        {
            Key = finance.AadObjectId, Name = finance.Name, AadObjectId = finance.AadObjectId, UnitId = FlowWorld.Finance,
        }), CancellationToken.None);
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        await FlowSteps.RegisterAsync(world, finance);

        var (_, sent) = await world.Bot.ExecuteAsync("office.export", new { plan = FlowSteps.Plan }, FlowWorld.Head);

        var files = await ExportLinks.FilesAsync(world.Bot, sent.Single().Card()!.Value);
        var registrations = CsvReader.Parse(CsvReader.Decode(files.Single(f => f.Key.EndsWith("Đăng ký.csv", StringComparison.Ordinal)).Value)!);
        Assert.Equal(["Nguyễn Văn An"], registrations.Skip(1).Select(r => r.Fields[2]));
        var (_, all) = await world.Bot.ExecuteAsync("office.export", new { plan = FlowSteps.Plan }, FlowWorld.Office);
        var everyone = await ExportLinks.FilesAsync(world.Bot, all.Single().Card()!.Value);
        Assert.Contains("Vũ Minh Đức", System.Text.Encoding.UTF8.GetString(everyone.Single(f => f.Key.EndsWith("Đăng ký.csv", StringComparison.Ordinal)).Value));
        var overdue = CsvReader.Parse(CsvReader.Decode(files.Single(f => f.Key.EndsWith("Quá hạn.csv", StringComparison.Ordinal)).Value)!);
        Assert.All(overdue.Skip(1), r => Assert.Equal("Phòng Quản lý khoa học", r.Fields[1]));
    }

    [Fact]
    public async Task RegistrationForm_FromTheReviewCard_IsAWordDocumentOfThatRegistration()
    {
        await using var world = await FlowWorld.CreateAsync(settings: ExportLinks.Settings());
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        var (item, _) = Reviewing.Items(await Reviewing.QueueAsync(world, FlowWorld.Head)).Single();

        var (_, sent) = await world.Bot.ExecuteAsync("office.export.form", new { plan = FlowSteps.Plan, item }, FlowWorld.Head);

        var (name, bytes) = (await ExportLinks.FilesAsync(world.Bot, sent.Single().Card()!.Value)).Single();
        Assert.StartsWith("Bản đăng ký thi đua DK-", name);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Họ và tên: Nguyễn Văn An", text);
        Assert.Contains("Lao động tiên tiến", text);
        Assert.Contains("1. Hoàn thành 100% nhiệm vụ được giao", text);
        Assert.Contains("Quảng Bình, ngày … tháng … năm …", text);
    }

    [Fact]
    public async Task UnitList_FromTheProgressCard_ListsTheUnitsRegistrations()
    {
        await using var world = await FlowWorld.CreateAsync(settings: ExportLinks.Settings());
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);

        var (_, sent) = await world.Bot.ExecuteAsync("office.export.unitlist", new { plan = FlowSteps.Plan, unit = FlowWorld.Science }, FlowWorld.Head);

        var (name, bytes) = (await ExportLinks.FilesAsync(world.Bot, sent.Single().Card()!.Value)).Single();
        Assert.Equal("Danh sách đăng ký thi đua 2025 - Phòng Quản lý khoa học.docx", name);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains("Nguyễn Văn An", document.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Contains("Trần Thị Bình", document.MainDocumentPart.Document.Body.InnerText);
    }

    [Fact]
    public async Task Export_WithoutASigningKey_SaysItIsNotSetUp()
    {
        await using var world = await FlowWorld.CreateAsync();

        var replies = await world.SendAsync("xuất excel", FlowWorld.Office);

        Assert.Contains("chức năng xuất tệp chưa được cấu hình", replies.AllText());
        Assert.Empty(replies.Cards());
    }
}
