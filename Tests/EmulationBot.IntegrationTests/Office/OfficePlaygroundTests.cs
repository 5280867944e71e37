using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EmulationBot.IntegrationTests.Support.Cards;
using EmulationBot.IntegrationTests.Support.Flows;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Office;

/// <summary>
/// The office's side end to end through the real Agents Playground: the office sends the staff list and applies it,
/// registers himself, follows the progress per unit and drills into a unit, exports the plan (the workbook is
/// downloaded from the bot's link; a tampered link is refused), and presses «Nhắc ngay». The Playground's personal
/// chat has one member, so the other staff stay in the roster only. Every card the bot sent is validated at the end.
/// </summary>
public sealed class OfficePlaygroundTests(OfficePlaygroundFixture fixture) : PlaygroundConversationTests(fixture), IClassFixture<OfficePlaygroundFixture>
{
    private static readonly string Roster = "\uFEFFHọ và tên,Email,Đơn vị,Vai trò\r\n"
        + "Nguyễn Văn An,an.nv@skhcn.example.gov.vn,Văn phòng Sở,Văn phòng Sở\r\n"
        + "Trần Thị Bình,binh.tt@skhcn.example.gov.vn,Phòng Quản lý khoa học,Trưởng phòng\r\n"
        + "Lê Hoàng Cường,cuong.lh@skhcn.example.gov.vn,Phòng Quản lý khoa học,Chuyên viên\r\n"
        + "Phạm Thu Dung,dung.pt@skhcn.example.gov.vn,Phòng Kế hoạch - Tài chính,Chuyên viên\r\n";

    [Fact]
    public async Task Office_ImportsTheRoster_FollowsProgress_RemindsNow_AndExports()
    {
        // 1. The office sends the staff list; the preview shows the four people; "Áp dụng" writes them.
        await using (var files = new LoopbackFileServer(Encoding.UTF8.GetBytes(Roster)))
        {
            await SendFileAsync("nhan-su-2025.csv", files.Url("nhan-su-2025.csv"));
            Assert.Equal(1, files.Downloads);
        }
        var preview = await Client.ExpectCardAsync("Xem trước danh sách nhân sự");
        Assert.Contains("4 dòng hợp lệ: 4 người mới, 0 cập nhật, 0 không đổi.", preview.AllText);
        var applied = await Client.ExecuteAsync(preview, "office.roster.apply", CardButtons.Data(preview, "Áp dụng"), "Áp dụng");
        Assert.Equal(200, applied.Status);
        Assert.Contains("Đã cập nhật danh sách: 4 người mới", applied.Value!.Value.GetRawText());

        // 2. The office's own user does his part: his line linked him to Văn phòng Sở; he registers as an individual.
        var start = await SayAsync("đăng ký", "?");
        if (start.AllText.Contains("cá nhân", StringComparison.OrdinalIgnoreCase)) await SayAsync("cá nhân", "Bạn đăng ký danh hiệu nào?");
        await SayAsync("Lao động tiên tiến", "Nhập các chỉ tiêu");
        await SayAsync("Hoàn thành 100% nhiệm vụ được giao", "sáng kiến");
        await SayAsync("bỏ qua", "Kiểm tra lại bản đăng ký");
        await SayAsync("xác nhận", "Đã ghi nhận đăng ký thi đua");

        // 3. The office's progress card, then the science division in detail: nobody there has registered yet.
        var progress = await SayAsync("tiến độ", "Tiến độ thi đua theo đơn vị");
        Assert.Contains("Đăng ký: 1/1 người", progress.AllText);
        Assert.Contains("Đăng ký: 0/2 người", progress.AllText);
        var unit = await Client.ExecuteAsync(progress, "office.progress.unit", UnitData(progress, "Phòng Quản lý khoa học"));
        var detail = unit.Value!.Value.GetRawText();
        Assert.Contains("Trần Thị Bình", detail);
        Assert.Contains("Lê Hoàng Cường", detail);
        Assert.Contains("Quá hạn, chưa gửi", detail);

        // 4. The export: a link card whose workbook downloads from the bot and holds Cường's registration.
        var export = await SayAsync("xuất danh sách", "Danh sách cho Hội đồng thi đua");
        var link = export.Card!.Value.GetProperty("body").EnumerateArray()
            .Where(e => e.TryGetProperty("selectAction", out var a) && a.GetProperty("title").GetString()!.EndsWith(".xlsx", StringComparison.Ordinal))
            .Select(e => e.GetProperty("selectAction").GetProperty("url").GetString()!)
            .Single();
        Assert.Contains("/api/office/files/", link);
        using var http = new HttpClient();
        var download = await http.GetAsync(link);
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), false);
        var text = workbook.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText;
        Assert.Contains("Nguyễn Văn An", text);
        Assert.Contains("Lê Hoàng Cường", text);
        Assert.Equal(["Đăng ký", "Báo cáo", "Quá hạn"], workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var tampered = await http.GetAsync(link.Replace("sig=", "sig=x", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, tampered.StatusCode);

        // 5. «Nhắc ngay» on the unit's card reminds exactly those who are missing.
        var remind = await Client.ExecuteAsync(progress, "office.progress.remind", new { plan = fixture.PlanId, unit = "phong-quan-ly-khoa-hoc" }, "Nhắc ngay");
        Assert.Equal(200, remind.Status);
        Assert.Contains("Đã nhắc", remind.Value!.Value.GetRawText());
    }

    private object UnitData(BotMessage card, string unitName)
    {
        var container = card.Card!.Value.GetProperty("body").EnumerateArray()
            .First(e => e.TryGetProperty("selectAction", out var a) && a.GetProperty("title").GetString() == unitName);
        return JsonNode.Parse(container.GetProperty("selectAction").GetProperty("data").GetRawText())!;
    }

    private async Task<BotMessage> SayAsync(string text, string expected, string? from = null)
    {
        await Client.SendTextAsync(text, fromUserId: from);
        return await Client.ExpectMessageAsync(m => m.AllText.Contains(expected, StringComparison.Ordinal), $"a message with «{expected}»");
    }
}
