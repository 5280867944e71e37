using EmulationBot.Commitments;
using EmulationBot.Office.Audit;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Commitments;

public class ManageCommitmentTests
{
    private static async Task<CommitmentRef> RegisterAsync(FlowWorld world, string title = "Lao động tiên tiến", string targets = "Hoàn thành 100% nhiệm vụ")
    {
        foreach (var text in new[] { "đăng ký", title, targets, "bỏ qua", "xác nhận" }) await world.SendAsync(text);
        return (await world.UserStateAsync()).Commitments.Last();
    }

    [Fact]
    public async Task MyCommitments_ListsMineNewestFirst_AndTappingShowsDetails()
    {
        await using var world = await FlowWorld.CreateAsync();
        var first = await RegisterAsync(world);
        var second = await RegisterAsync(world, "Chiến sĩ thi đua cơ sở", "Có 01 sáng kiến");

        var list = await world.SendAsync("dang ky cua toi");
        var text = list.AllText();
        Assert.True(text.IndexOf("Chiến sĩ thi đua cơ sở", StringComparison.Ordinal) < text.IndexOf("Lao động tiên tiến", StringComparison.Ordinal), text);
        Assert.Contains(first.Number, text);

        var details = (await world.Bot.SubmitAsync(new { command = "commitment-view", number = second.Number })).AllText();
        Assert.Contains("Có 01 sáng kiến", details);
        Assert.Contains("Chờ duyệt", details);
        Assert.Contains("Rút đăng ký", details);
    }

    [Fact]
    public async Task Withdraw_Confirmed_MarksItWithdrawn_AndAllowsRegisteringAgain()
    {
        await using var world = await FlowWorld.CreateAsync();
        var entry = await RegisterAsync(world);

        Assert.Contains($"Rút bản đăng ký «Lao động tiên tiến» (số {entry.Number})?", (await world.SendAsync("rút đăng ký")).AllText());
        Assert.Contains($"Đã rút bản đăng ký số {entry.Number}", (await world.SendAsync("có")).AllText());

        var stored = (await world.Storage.ReadAsync<Commitment>(entry.Key))!.Value;
        Assert.Equal(CommitmentStatus.Withdrawn, stored.Status);
        Assert.Equal([AuditAction.Registered, AuditAction.Withdrew], stored.History.Select(l => l.Action));
        Assert.Empty((await world.UserStateAsync()).Commitments);
        var again = await RegisterAsync(world);
        Assert.NotEqual(entry.Number, again.Number);
        var renewed = (await world.Storage.ReadAsync<Commitment>(again.Key))!.Value;
        Assert.Equal(CommitmentStatus.Submitted, renewed.Status);
        // Registering the same title again reuses the document; the withdrawn registration's audit lines stay in it.
        Assert.Equal([AuditAction.Registered, AuditAction.Withdrew, AuditAction.Registered], renewed.History.Select(l => l.Action));
        Assert.Equal([again.Number, entry.Number, entry.Number], (await world.Bot.Get<IAuditLog>().LatestAsync(10)).Select(l => l.Subject![..l.Subject!.IndexOf(' ')]));
    }

    [Fact]
    public async Task Withdraw_Declined_KeepsIt()
    {
        await using var world = await FlowWorld.CreateAsync();
        var entry = await RegisterAsync(world);

        await world.SendAsync("rut dang ky " + entry.Number);
        Assert.Contains("Đã giữ nguyên", (await world.SendAsync("không")).AllText());
        Assert.Single((await world.UserStateAsync()).Commitments);
    }

    [Fact]
    public async Task Withdraw_FromTheDetailsCard_WithSeveralRegistrations()
    {
        await using var world = await FlowWorld.CreateAsync();
        await RegisterAsync(world);
        var second = await RegisterAsync(world, "Chiến sĩ thi đua cơ sở");
        var details = (await world.Bot.SubmitAsync(new { command = "commitment-view", number = second.Number })).Cards().Single();

        var confirm = (await world.Bot.SubmitAsync(CardActions.Data(details, "Rút đăng ký"))).AllText();

        Assert.Contains($"(số {second.Number})", confirm);
        await world.SendAsync("rút đăng ký");
        Assert.Equal(["lao-dong-tien-tien"], (await world.UserStateAsync()).Commitments.Select(c => c.TitleCode));
    }

    [Fact]
    public async Task Withdraw_WithSeveral_AsksWhichOne()
    {
        await using var world = await FlowWorld.CreateAsync();
        await RegisterAsync(world);
        var second = await RegisterAsync(world, "Chiến sĩ thi đua cơ sở");

        Assert.Contains("Bạn muốn rút bản đăng ký nào?", (await world.SendAsync("rút đăng ký")).AllText());
        Assert.Contains(second.Number, (await world.SendAsync("1")).AllText());
    }

    [Fact]
    public async Task Edit_FromTheDetailsCard_ReentersTheFlowPrefilled()
    {
        await using var world = await FlowWorld.CreateAsync();
        var entry = await RegisterAsync(world);
        var details = (await world.Bot.SubmitAsync(new { command = "commitment-view", number = entry.Number })).Cards().Single();

        var title = (await world.Bot.SubmitAsync(CardActions.Data(details, "Sửa"))).AllText();
        Assert.Contains("Danh hiệu hiện tại: Lao động tiên tiến", title);
        await world.SendAsync("giữ nguyên");
        await world.SendAsync("Chỉ tiêu mới");
        await world.SendAsync("sáng kiến: Quy trình mới");
        await world.SendAsync("bỏ qua");
        var receipt = (await world.SendAsync("xác nhận")).AllText();

        Assert.Contains("Đã cập nhật bản đăng ký", receipt);
        var stored = (await world.Storage.ReadAsync<Commitment>(entry.Key))!.Value;
        Assert.Equal((entry.Number, "Quy trình mới"), (stored.Number, stored.Pledge?.Text));
        Assert.Equal([AuditAction.Registered, AuditAction.Edited], stored.History.Select(l => l.Action));
        Assert.Single(stored.History.Select(l => l.ActorKey).Distinct());
    }

    [Fact]
    public async Task ApprovedRegistration_CannotBeEditedOrWithdrawn()
    {
        await using var world = await FlowWorld.CreateAsync();
        var entry = await RegisterAsync(world);
        await world.Storage.UpdateAsync<Commitment>(entry.Key, c => c! with { Status = CommitmentStatus.Approved });

        Assert.Contains("bản đăng ký đã được duyệt", (await world.SendAsync("rút đăng ký")).AllText());
        Assert.Contains("bản đăng ký đã được duyệt", (await world.SendAsync("sửa đăng ký")).AllText());
        var details = (await world.Bot.SubmitAsync(new { command = "commitment-view", number = entry.Number })).Cards().Single();
        Assert.DoesNotContain("Rút đăng ký", CardActions.Titles(details));
    }

    [Fact]
    public async Task AfterThePlanPeriod_CannotBeChanged()
    {
        await using var world = await FlowWorld.CreateAsync();
        await RegisterAsync(world);
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero));

        Assert.Contains("kế hoạch đã hết thời hạn", (await world.SendAsync("sửa đăng ký")).AllText());
    }

    [Fact]
    public async Task ChangedElsewhereDuringTheWithdrawal_IsNotOverwritten()
    {
        await using var world = await FlowWorld.CreateAsync();
        var entry = await RegisterAsync(world);
        await world.SendAsync("rút đăng ký");
        await world.Storage.UpdateAsync<Commitment>(entry.Key, c => c! with { Status = CommitmentStatus.Approved });

        Assert.Contains("vừa được thay đổi ở nơi khác", (await world.SendAsync("có")).AllText());
        Assert.Equal(CommitmentStatus.Approved, (await world.Storage.ReadAsync<Commitment>(entry.Key))!.Value.Status);
    }

    [Fact]
    public async Task NothingRegistered_SaysSo()
    {
        await using var world = await FlowWorld.CreateAsync();

        Assert.Contains("You have not registered", (await world.SendAsync("my commitments")).AllText());
        Assert.Contains("Bạn chưa đăng ký thi đua", (await world.SendAsync("rút đăng ký")).AllText());
    }
}
