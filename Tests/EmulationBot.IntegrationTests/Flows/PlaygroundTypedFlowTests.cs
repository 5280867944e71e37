using System.Text.RegularExpressions;
using EmulationBot.IntegrationTests.Support.Flows;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Flows;

/// <summary>
/// The three guided conversations typed into the real Agents Playground, with and without diacritics and in
/// English, by the Playground's user (the only member of its personal chat). The tests share the bot, so each sets
/// the unit it needs first ("đổi đơn vị", the unit question of first use) and registers a title of its own.
/// Every card the bot sent is validated at the end of each test.
/// </summary>
[Collection(FlowsPlaygroundCollection.Name)]
public sealed partial class PlaygroundTypedFlowTests(FlowsPlaygroundFixture fixture) : PlaygroundConversationTests(fixture)
{
    [Fact]
    public async Task Register_TypedWithDiacritics_FromTheUnitQuestionToTheReceipt()
    {
        await UseUnitAsync("Phòng Quản lý khoa học");

        await SayAsync("đăng ký", "Bạn đăng ký danh hiệu nào?");
        await SayAsync("Lao động tiên tiến", "Nhập các chỉ tiêu");
        await SayAsync("Hoàn thành 100% nhiệm vụ; Không có văn bản trễ hạn", "sáng kiến");
        var review = await SayAsync("bỏ qua", "Kiểm tra lại bản đăng ký");
        Assert.Contains("2. Không có văn bản trễ hạn", review.AllText);
        var receipt = await SayAsync("xác nhận", "Đã ghi nhận đăng ký thi đua");

        Assert.NotNull(receipt.Card);
        Assert.Matches(Number(), receipt.AllText);
        Assert.Contains("Lao động tiên tiến", (await SayAsync("đăng ký của tôi", "Đăng ký thi đua của bạn")).AllText);
    }

    [Fact]
    public async Task AllThreeFlows_TypedWithoutDiacritics()
    {
        await UseUnitAsync("ke hoach tai chinh");

        await SayAsync("dang ky", "Bạn đăng ký danh hiệu nào?");
        await SayAsync("bang khen", "Nhập các chỉ tiêu");
        await SayAsync("Hoan thanh xuat sac nhiem vu\nCo 01 sang kien cap co so", "sáng kiến");
        await SayAsync("sang kien: Phan mem theo doi de tai", "dự kiến hoàn thành sáng kiến");
        Assert.Contains("(dự kiến xong 30/09/2025)", (await SayAsync("30/9", "Kiểm tra lại bản đăng ký")).AllText);
        Assert.Matches(Number(), (await SayAsync("xac nhan", "Đã ghi nhận đăng ký thi đua")).AllText);

        var deadlines = await SayAsync("han sap toi", "Việc của Phòng Kế hoạch - Tài chính");
        Assert.Contains("Hạn 10/04/2025 · còn 8 ngày", deadlines.AllText);
        Assert.Contains("✓ Đã xong", deadlines.AllText);

        await SayAsync("nop bao cao", "Bạn nộp báo cáo cho việc nào");
        await SayAsync("tien do", "Viết tóm tắt kết quả");
        await SayAsync("Da hoan thanh 3/4 nhiem vu trong thang", "Đính kèm tệp báo cáo");
        await SayAsync("bo qua", "Kiểm tra lại báo cáo");
        var receipt = await SayAsync("xac nhan", "Đã nhận báo cáo");
        Assert.Contains("Nộp đúng hạn", receipt.AllText);
        Assert.Contains("Báo cáo tiến độ thực hiện phong trào", (await SayAsync("bao cao da nop", "Báo cáo bạn đã nộp")).AllText);
    }

    [Fact]
    public async Task Register_InEnglish_RepliesInEnglish()
    {
        await UseUnitAsync("quan ly khoa hoc");

        await SayAsync("register", "Which title are you aiming for?");
        await SayAsync("Provincial Emulation Fighter", "Write your concrete targets");
        await SayAsync("Submit all my reports before the deadline", "initiative");
        await SayAsync("skip", "Check your registration");
        Assert.Matches(Number(), (await SayAsync("confirm", "Registration received")).AllText);
        Assert.Contains("Phòng Quản lý khoa học: what is due", (await SayAsync("my deadlines", "what is due")).AllText);
    }

    [Fact]
    public async Task MidwayWords_BackHelpAndCancel_WorkInThePlayground()
    {
        await UseUnitAsync("Phòng Quản lý khoa học");

        await SayAsync("nộp báo cáo", "Bạn nộp báo cáo cho việc nào");
        await SayAsync("2", "Viết tóm tắt kết quả");
        await SayAsync("quay lai", "Bạn nộp báo cáo cho việc nào");
        await SayAsync("trợ giúp", "Bạn đang nộp báo cáo");
        await SayAsync("hủy", "Đã hủy nộp báo cáo");
    }

    /// <summary>"đổi đơn vị" and the unit question, typed as the user would.</summary>
    private async Task UseUnitAsync(string unit)
    {
        await SayAsync("đổi đơn vị", "Bạn công tác ở phòng/đơn vị nào?");
        await SayAsync(unit, "Đã ghi nhận: bạn thuộc");
    }

    private async Task<BotMessage> SayAsync(string text, string expected)
    {
        var turn = await Client.SendTextAsync(text);
        Assert.Equal(200, turn.StatusCode);
        return await Client.ExpectTextAsync(expected, Client.PersonalChat);
    }

    [GeneratedRegex(@"DK-250402-[0-9A-HJKMNP-TV-Z]{7}")]
    private static partial Regex Number();
}
