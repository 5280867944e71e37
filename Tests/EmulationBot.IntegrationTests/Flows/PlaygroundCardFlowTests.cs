using EmulationBot.IntegrationTests.Support;
using EmulationBot.IntegrationTests.Support.Cards;
using EmulationBot.IntegrationTests.Support.Flows;
using EmulationBot.IntegrationTests.Support.Playground;
using EmulationBot.IntegrationTests.Support.Screenshots;

namespace EmulationBot.IntegrationTests.Flows;

/// <summary>
/// The guided conversations by clicking the cards in the Playground (Action.Submit and Action.Execute), as the
/// Playground's own user, whose chat the headless browser shows: the main cards are saved as screenshots at desktop
/// size and at a phone's width (artifacts/screenshots/flow-*.png) and must fit the phone without overflow.
/// </summary>
[Collection(FlowsPlaygroundCollection.Name)]
public sealed class PlaygroundCardFlowTests(FlowsPlaygroundFixture fixture) : PlaygroundConversationTests(fixture)
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task RegisterByClicking_ThenMyCommitments_WithScreenshots()
    {
        await UseScienceDivisionAsync();
        await Client.SendTextAsync("đăng ký");
        var titles = await Client.ExpectCardAsync("Bạn đăng ký danh hiệu nào?");
        await Client.SubmitAsync(titles, CardButtons.Data(titles, "Chiến sĩ thi đua cơ sở"));
        await Client.ExpectTextAsync("Nhập các chỉ tiêu");
        await Type("Hoàn thành xuất sắc 100% nhiệm vụ được giao\nCó 01 bài báo khoa học\nKhông có văn bản trễ hạn", "sáng kiến");
        await Type("sáng kiến: Số hóa quy trình xét duyệt đề tài khoa học", "dự kiến hoàn thành sáng kiến");
        await Client.SendTextAsync("quý III");
        var review = await Client.ExpectCardAsync("Kiểm tra lại bản đăng ký");
        await ShootAsync("Kiểm tra lại bản đăng ký", "flow-commitment-review");

        await Client.SubmitAsync(review, CardButtons.Data(review, "Xác nhận"));
        var receipt = await Client.ExpectCardAsync("Đã ghi nhận đăng ký thi đua");
        Assert.Contains("(dự kiến xong quý III/2025)", receipt.AllText);
        await ShootAsync("Đã ghi nhận đăng ký thi đua", "flow-commitment-receipt");

        await Client.SubmitAsync(receipt, CardButtons.Data(receipt, "Đăng ký của tôi"));
        var list = await Client.ExpectCardAsync("Đăng ký thi đua của bạn");
        await ShootAsync("Đăng ký thi đua của bạn", "flow-commitment-list");
        await Client.SubmitAsync(list, CardButtons.Data(list, "Chiến sĩ thi đua cơ sở"));
        var details = await Client.ExpectCardAsync("Số hóa quy trình xét duyệt đề tài khoa học");
        Assert.Contains("Rút đăng ký", details.AllText);
        await ShootAsync("Số hóa quy trình xét duyệt đề tài khoa học", "flow-commitment-details");
    }

    [Fact]
    public async Task DeadlinesThenReportByClicking_WithAFile_AndScreenshots()
    {
        await UseScienceDivisionAsync();
        await Client.SendTextAsync("hạn sắp tới?");
        var deadlines = await Client.ExpectCardAsync("Việc của Phòng Quản lý khoa học");
        Assert.Contains("Hạn 10/04/2025 · còn 8 ngày", deadlines.AllText);
        await ShootAsync("Việc của Phòng Quản lý khoa học", "flow-deadlines");

        var done = await Client.ExecuteAsync(deadlines, CardButtons.Verb(deadlines, "Đã xong")!, CardButtons.Data(deadlines, "Đã xong"), "Đã xong");
        Assert.Equal(200, done.Status);
        Assert.Equal(BotMessage.AdaptiveCardType, done.Type);
        Assert.Contains("✓ Đã xong", done.Value!.Value.ToString().Replace("\\u2713", "✓"));

        await Client.SubmitAsync(deadlines, CardButtons.Data(deadlines, "Nộp báo cáo"));
        await Client.ExpectTextAsync("Viết tóm tắt kết quả thực hiện «Báo cáo tiến độ thực hiện phong trào»");
        await Type("Tháng 3 phòng đã hoàn thành 4/5 nhiệm vụ; 1 đề tài chậm do chờ thẩm định.", "Đính kèm tệp báo cáo");
        await using var files = new LoopbackFileServer([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
        await SendFileAsync("bao-cao-tien-do-thang-3.docx", files.Url("bao-cao-tien-do-thang-3.docx"));
        var review = await Client.ExpectCardAsync("Kiểm tra lại báo cáo");
        Assert.Contains("bao-cao-tien-do-thang-3.docx", review.AllText);
        await ShootAsync("Kiểm tra lại báo cáo", "flow-report-review");

        var confirm = await Client.ExecuteAsync(review, "dialog", CardButtons.Data(review, "Xác nhận"), "Xác nhận");
        Assert.Equal(200, confirm.Status);
        var receipt = await Client.ExpectCardAsync("Đã nhận báo cáo");
        Assert.Contains("Nộp đúng hạn", receipt.AllText);
        Assert.Equal(1, files.Downloads);
        await ShootAsync("Đã nhận báo cáo", "flow-report-receipt");

        await Client.SubmitAsync(receipt, CardButtons.Data(receipt, "Báo cáo đã nộp"));
        await Client.ExpectCardAsync("Báo cáo bạn đã nộp");
        await ShootAsync("Báo cáo bạn đã nộp", "flow-report-list");
    }

    /// <summary>The tests share the bot: the unit card of "đổi đơn vị", clicked, puts the user back in the science division.</summary>
    private async Task UseScienceDivisionAsync()
    {
        await Client.SendTextAsync("đổi đơn vị");
        var units = await Client.ExpectCardAsync("Bạn công tác ở phòng/đơn vị nào?");
        await Client.SubmitAsync(units, CardButtons.Data(units, FlowsPlaygroundFixture.Science));
        await Client.ExpectTextAsync("Đã ghi nhận: bạn thuộc Phòng Quản lý khoa học");
    }

    private async Task Type(string text, string expected)
    {
        await Client.SendTextAsync(text);
        await Client.ExpectTextAsync(expected);
    }

    private async Task ShootAsync(string text, string name)
    {
        var shot = await fixture.Browser.ScreenshotCardAsync(text, name);
        Assert.Equal(PhoneWidth, PngFile.Size(shot.PhoneFile).Width);
        Assert.Empty(shot.PhoneOverflow);
        Assert.NotEmpty(shot.Fonts);
    }
}
