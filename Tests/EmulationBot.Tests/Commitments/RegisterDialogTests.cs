using System.Text.RegularExpressions;
using EmulationBot.Commitments;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Commitments;

public partial class RegisterDialogTests
{
    [Theory]
    [InlineData("đăng ký", "Lao động tiên tiến", "Hoàn thành 100% nhiệm vụ\nKhông có văn bản trễ hạn", "bỏ qua", "xác nhận")]
    [InlineData("dang ky thi dua", "lao dong tien tien", "Hoan thanh 100% nhiem vu; Khong co van ban tre han", "bo qua", "xac nhan")]
    [InlineData("đăng ký", "1", "- Hoàn thành 100% nhiệm vụ\n- Không có văn bản trễ hạn", "không có", "đồng ý")]
    [InlineData("dang ky", "ldtt", "1. Hoàn thành 100% nhiệm vụ\n2. Không có văn bản trễ hạn", "bo qua", "ok")]
    public async Task Register_TypedFiveTurns_EndsWithAReceiptCard(string start, string title, string targets, string skip, string confirm)
    {
        await using var world = await FlowWorld.CreateAsync();

        var first = (await world.SendAsync(start)).AllText();
        Assert.Contains("Kế hoạch tổ chức phong trào thi đua năm 2025", first);
        Assert.Contains("Bạn đăng ký danh hiệu nào?", first);
        Assert.Contains("Nhập các chỉ tiêu", (await world.SendAsync(title)).AllText());
        Assert.Contains("sáng kiến", (await world.SendAsync(targets)).AllText());
        var review = await world.SendAsync(skip);
        Assert.Contains("Kiểm tra lại bản đăng ký", review.AllText());
        Assert.Contains("2. ", review.AllText());
        var receipt = await world.SendAsync(confirm);

        var card = Assert.Single(receipt.Cards());
        var text = receipt.AllText();
        Assert.Contains("Đã ghi nhận đăng ký thi đua", text);
        Assert.Contains("20/05/2025", text);
        Assert.Matches(NumberPattern(), text);
        var state = await world.UserStateAsync();
        var entry = Assert.Single(state.Commitments);
        Assert.Equal(("lao-dong-tien-tien", CommitmentKind.Individual), (entry.TitleCode, entry.Kind));
        Assert.Contains(entry.Number, card.GetRawText());
        var stored = (await world.Storage.ReadAsync<Commitment>(entry.Key))!.Value;
        Assert.Equal(["hoan thanh 100% nhiem vu", "khong co van ban tre han"], stored.Targets.Select(Text.VietnameseText.Fold));
        Assert.Equal((FlowWorld.Science, "Phòng Quản lý khoa học", CommitmentStatus.Submitted), (stored.UnitId, stored.UnitName, stored.Status));
        Assert.Equal(FlowWorld.Employee.AadObjectId, stored.Owner.Key);
        Assert.Empty(state.Personal.Dialogs);
    }

    [Fact]
    public async Task Register_InEnglish_RepliesInEnglish()
    {
        await using var world = await FlowWorld.CreateAsync();

        Assert.Contains("Which title are you aiming for?", (await world.SendAsync("register")).AllText());
        Assert.Contains("Write your concrete targets", (await world.SendAsync("Advanced Worker")).AllText());
        Assert.Contains("initiative", (await world.SendAsync("Submit all my reports before the deadline")).AllText());
        Assert.Contains("Check your registration", (await world.SendAsync("skip")).AllText());
        Assert.Contains("Registration received", (await world.SendAsync("confirm")).AllText());
    }

    [Fact]
    public async Task Register_ByCardButtons_ReplacesAnsweredCardsAndSaves()
    {
        await using var world = await FlowWorld.CreateAsync();
        var bot = world.Bot;

        var titleCard = (await world.SendAsync("đăng ký")).Cards().Single();
        await bot.SubmitAsync(CardActions.Data(titleCard, "Chiến sĩ thi đua cơ sở"), replyToId: "title-card");
        Assert.Contains(bot.Connector.Updated, u => u.Id == "title-card" && u.AllText().Contains("✓ Chiến sĩ thi đua cơ sở"));
        await world.SendAsync("Có 01 sáng kiến cấp cơ sở");
        var review = (await world.SendAsync("sáng kiến: Số hóa hồ sơ lưu trữ")).AllText();
        Assert.Contains("dự kiến hoàn thành sáng kiến", review);
        var reviewReply = await world.SendAsync("30/11");
        var reviewCard = reviewReply.Cards().Single();
        Assert.Contains("Sáng kiến: Số hóa hồ sơ lưu trữ (dự kiến xong 30/11/2025)", reviewReply.AllText());

        var receipt = await bot.SubmitAsync(CardActions.Data(reviewCard, "Xác nhận"), replyToId: "review-card");

        Assert.Contains("Đã ghi nhận đăng ký thi đua", receipt.AllText());
        Assert.Contains(bot.Connector.Updated, u => u.Id == "review-card" && u.AllText().Contains("✓ Xác nhận"));
        var stored = (await world.Storage.ReadAsync<Commitment>((await world.UserStateAsync()).Commitments.Single().Key))!.Value;
        Assert.Equal(new Pledge(PledgeKind.Initiative, "Số hóa hồ sơ lưu trữ", EmulationBot.Plans.Dates.PlanDate.OnDay(2025, 11, 30)), stored.Pledge);
    }

    [Fact]
    public async Task Register_ReviewConfirmedByActionExecute_UpdatesTheCardInPlace()
    {
        await using var world = await FlowWorld.CreateAsync();
        await world.SendAsync("đăng ký");
        await world.SendAsync("Lao động tiên tiến");
        await world.SendAsync("Hoàn thành 100% nhiệm vụ");
        var reviewCard = (await world.SendAsync("bỏ qua")).Cards().Single();

        var (result, replies) = await world.Bot.ExecuteAsync("dialog", CardActions.Data(reviewCard, "Xác nhận"), FlowWorld.Employee);

        Assert.Equal(200, result.Status);
        Assert.Contains("✓ Xác nhận", result.Body!.Value.GetProperty("value").ToString());
        Assert.Contains("Đã ghi nhận đăng ký thi đua", replies.AllText());
        Assert.Single((await world.UserStateAsync()).Commitments);
    }

    [Fact]
    public async Task ReviewCard_SubmittedTwice_SavesOneRegistration()
    {
        await using var world = await FlowWorld.CreateAsync();
        await world.SendAsync("đăng ký");
        await world.SendAsync("Lao động tiên tiến");
        await world.SendAsync("Hoàn thành 100% nhiệm vụ");
        var reviewCard = (await world.SendAsync("bỏ qua")).Cards().Single();
        var data = CardActions.Data(reviewCard, "Xác nhận");

        await world.Bot.SubmitAsync(data);
        var second = await world.Bot.SubmitAsync(data);

        Assert.Contains("Thẻ này đã được gửi hoặc không còn hiệu lực", second.AllText());
        Assert.Single((await world.UserStateAsync()).Commitments);
        var keys = await world.Storage.ListAsync(CommitmentKeys.Prefix).ToListAsync();
        Assert.Single(keys);
    }

    [Fact]
    public async Task RestartBetweenTurns_ContinuesTheRegistration()
    {
        await using var world = await FlowWorld.CreateAsync();
        await world.SendAsync("đăng ký");
        await world.SendAsync("Lao động tiên tiến");
        await world.RestartAsync();
        await world.SendAsync("Hoàn thành 100% nhiệm vụ");
        await world.RestartAsync();
        await world.SendAsync("bỏ qua");
        await world.RestartAsync();

        Assert.Contains("Đã ghi nhận đăng ký thi đua", (await world.SendAsync("xác nhận")).AllText());
    }

    [GeneratedRegex(@"DK-250520-[0-9A-HJKMNP-TV-Z]{7}")]
    private static partial Regex NumberPattern();
}
