using EmulationBot.Commitments;
using EmulationBot.Plans.Dates;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Commitments;

public class RegisterBranchTests
{
    [Fact]
    public async Task SeveralOpenPlans_AsksWhichPlan_ByNameWithoutDiacritics()
    {
        await using var world = await FlowWorld.CreateAsync(plans: [FlowWorld.Plan2025(), FlowWorld.Plan2025("ke-hoach-chuyen-doi-so", "Kế hoạch thi đua chuyển đổi số năm 2025", "Hà Tĩnh")]);

        Assert.Contains("Bạn đăng ký thi đua theo kế hoạch nào?", (await world.SendAsync("đăng ký")).AllText());
        var next = (await world.SendAsync("chuyen doi so")).AllText();

        Assert.Contains("Kế hoạch thi đua chuyển đổi số năm 2025", next);
        Assert.Contains("Bạn đăng ký danh hiệu nào?", next);
    }

    [Fact]
    public async Task NoPublishedPlan_SaysSoAndEnds()
    {
        await using var world = await FlowWorld.CreateAsync(plans: []);

        Assert.Contains("chưa có kế hoạch thi đua nào được ban hành", (await world.SendAsync("đăng ký")).AllText());
        Assert.Empty((await world.UserStateAsync()).Personal.Dialogs);
    }

    [Fact]
    public async Task PlanPeriodOver_RegistrationIsClosed()
    {
        await using var world = await FlowWorld.CreateAsync();
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 2, 2, 0, 0, TimeSpan.Zero));

        Assert.Contains("đều đã hết thời gian đăng ký", (await world.SendAsync("đăng ký")).AllText());
    }

    [Fact]
    public async Task UserWithoutUnit_IsAskedOnce_ThenNeverAgain()
    {
        await using var world = await FlowWorld.CreateAsync();

        Assert.Contains("Bạn công tác ở phòng/đơn vị nào?", (await world.SendAsync("đăng ký", FlowWorld.Newcomer)).AllText());
        Assert.Contains("Bạn đăng ký danh hiệu nào?", (await world.SendAsync("qlkh", FlowWorld.Newcomer)).AllText());
        await world.SendAsync("hủy", FlowWorld.Newcomer);

        Assert.Contains("Bạn đăng ký danh hiệu nào?", (await world.SendAsync("đăng ký", FlowWorld.Newcomer)).AllText());
    }

    [Fact]
    public async Task NoUnitsConfigured_RegistersWithoutAUnit()
    {
        await using var world = await FlowWorld.CreateAsync(units: false);
        foreach (var text in new[] { "đăng ký", "2", "Có 01 bài báo khoa học", "bỏ qua" }) await world.SendAsync(text);

        Assert.Contains("Đã ghi nhận", (await world.SendAsync("xác nhận")).AllText());
        var entry = (await world.UserStateAsync()).Commitments.Single();
        Assert.StartsWith("commitments/ke-hoach-thi-dua-2025/_/", entry.Key);
        Assert.Null((await world.Storage.ReadAsync<Commitment>(entry.Key))!.Value.UnitId);
    }

    [Fact]
    public async Task UnitHead_ChoosesCollective_RegistersForTheUnit()
    {
        await using var world = await FlowWorld.CreateAsync();

        Assert.Contains("cho tập thể Phòng Quản lý khoa học", (await world.SendAsync("đăng ký", FlowWorld.Head)).AllText());
        var titles = (await world.SendAsync("tap the", FlowWorld.Head)).AllText();
        Assert.Contains("Tập thể lao động xuất sắc", titles);
        Assert.DoesNotContain("Chiến sĩ thi đua cơ sở", titles);
        foreach (var text in new[] { "ttldxs", "Hoàn thành xuất sắc nhiệm vụ năm", "điển hình: Tổ công tác số hóa", "bỏ qua" }) await world.SendAsync(text, FlowWorld.Head);
        Assert.Contains("Đã ghi nhận", (await world.SendAsync("xác nhận", FlowWorld.Head)).AllText());

        var stored = (await world.Storage.ReadAsync<Commitment>($"commitments/ke-hoach-thi-dua-2025/{FlowWorld.Science}/unit-tap-the-lao-dong-xuat-sac"))!.Value;
        Assert.Equal((CommitmentKind.Collective, PledgeKind.ModelExample), (stored.Kind, stored.Pledge!.Kind));
    }

    [Fact]
    public async Task UnitHead_SaysCollective_SkipsTheKindQuestion()
    {
        await using var world = await FlowWorld.CreateAsync();

        Assert.Contains("Đơn vị đăng ký danh hiệu nào?", (await world.SendAsync("đăng ký tập thể", FlowWorld.Head)).AllText());
    }

    [Fact]
    public async Task Employee_AsksForCollective_IsToldAndRegistersAsAnIndividual()
    {
        await using var world = await FlowWorld.CreateAsync();

        var replies = (await world.SendAsync("dang ky tap the")).AllText();

        Assert.Contains("Chỉ trưởng đơn vị (hoặc Văn phòng Sở) mới đăng ký", replies);
        Assert.Contains("Lao động tiên tiến", replies);
        Assert.DoesNotContain("Tập thể lao động xuất sắc", replies);
    }

    [Fact]
    public async Task Employee_TypesACollectiveTitle_IsRefusedAndAskedAgain()
    {
        await using var world = await FlowWorld.CreateAsync();
        await world.SendAsync("đăng ký");

        var replies = (await world.SendAsync("Tập thể lao động xuất sắc")).AllText();

        Assert.Contains("«Tập thể lao động xuất sắc» là danh hiệu tập thể", replies);
        Assert.Contains("Bạn đăng ký danh hiệu nào?", replies);
        Assert.Contains("Nhập các chỉ tiêu", (await world.SendAsync("Chiến sĩ thi đua cơ sở")).AllText());
    }

    [Fact]
    public async Task Employee_ForgedCollectiveButton_IsRefusedOnTheServer()
    {
        await using var world = await FlowWorld.CreateAsync();
        var card = (await world.SendAsync("đăng ký")).Cards().Single();
        var data = CardActions.Data(card, "Lao động tiên tiến");
        data["choice"] = "c:co-thi-dua-ubnd-tinh";

        var replies = (await world.Bot.SubmitAsync(data)).AllText();

        Assert.Contains("là danh hiệu tập thể", replies);
        Assert.DoesNotContain("Nhập các chỉ tiêu", replies);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ; ; ")]
    [InlineData("-\n•\n1.")]
    public async Task EmptyTargets_AreRefusedAndAskedAgain(string targets)
    {
        await using var world = await FlowWorld.CreateAsync();
        await world.SendAsync("đăng ký");
        await world.SendAsync("1");

        var replies = (await world.SendAsync(targets.Length == 0 ? "." : targets)).AllText();

        Assert.Contains("Tôi chưa thấy chỉ tiêu nào", replies);
        Assert.Contains("sáng kiến", (await world.SendAsync("Hoàn thành nhiệm vụ")).AllText());
    }

    [Theory]
    [InlineData("31/2")]
    [InlineData("ngày mai nhé")]
    [InlineData("15/3/2025")]
    [InlineData("30/6/2026")]
    public async Task BadPledgeDates_AreAskedAgain(string date)
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in new[] { "đăng ký", "1", "Hoàn thành nhiệm vụ", "sáng kiến: Phần mềm quản lý đề tài" }) await world.SendAsync(text);

        var replies = (await world.SendAsync(date)).AllText();

        Assert.Contains("Tôi chưa đọc được ngày này", replies);
        Assert.Contains("Kiểm tra lại bản đăng ký", (await world.SendAsync("quý III")).AllText());
        Assert.Contains("(dự kiến xong quý III/2025)", (await world.SendAsync("sửa")).AllText() + (await world.SendAsync("quay lại")).AllText());
    }

    [Fact]
    public async Task PledgeDate_Skipped_RegistersThePledgeWithoutADate()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in new[] { "đăng ký", "1", "Hoàn thành nhiệm vụ", "dien hinh: Phong mot cua", "bo qua" }) await world.SendAsync(text);
        await world.SendAsync("xác nhận");

        var stored = (await world.Storage.ReadAsync<Commitment>((await world.UserStateAsync()).Commitments.Single().Key))!.Value;
        Assert.Equal(new Pledge(PledgeKind.ModelExample, "Phong mot cua"), stored.Pledge);
    }

    [Fact]
    public async Task ReviewEdit_RevisesOnlyTheTargets_ThenShowsTheReviewAgain()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in new[] { "đăng ký", "1", "Chỉ tiêu cũ", "bỏ qua" }) await world.SendAsync(text);

        Assert.Contains("Bạn muốn sửa phần nào?", (await world.SendAsync("sửa")).AllText());
        Assert.Contains("Chỉ tiêu hiện tại:\n1. Chỉ tiêu cũ", (await world.SendAsync("chỉ tiêu")).AllText());
        var review = (await world.SendAsync("Chỉ tiêu mới A\nChỉ tiêu mới B")).AllText();

        Assert.Contains("Kiểm tra lại bản đăng ký", review);
        Assert.Contains("2. Chỉ tiêu mới B", review);
        Assert.DoesNotContain("Chỉ tiêu cũ", review);
    }

    [Fact]
    public async Task SameTitleTwice_OffersToEditTheExistingOne_KeepingItsNumber()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in new[] { "đăng ký", "1", "Chỉ tiêu ban đầu", "bỏ qua", "xác nhận" }) await world.SendAsync(text);
        var first = (await world.UserStateAsync()).Commitments.Single();

        await world.SendAsync("đăng ký");
        var offer = (await world.SendAsync("Lao động tiên tiến")).AllText();
        Assert.Contains($"Bạn đã đăng ký «Lao động tiên tiến» theo kế hoạch này (số {first.Number}", offer);
        Assert.Contains("Chỉ tiêu hiện tại:\n1. Chỉ tiêu ban đầu", (await world.SendAsync("có")).AllText());
        await world.SendAsync("Chỉ tiêu đã sửa");
        await world.SendAsync("giữ nguyên");
        var receipt = (await world.SendAsync("xác nhận")).AllText();

        Assert.Contains("Đã cập nhật bản đăng ký", receipt);
        Assert.Contains(first.Number, receipt);
        var stored = (await world.Storage.ReadAsync<Commitment>(first.Key))!.Value;
        Assert.Equal(["Chỉ tiêu đã sửa"], stored.Targets);
        Assert.Equal(2, stored.Version);
        Assert.Single((await world.UserStateAsync()).Commitments);
    }

    [Fact]
    public async Task SameTitleTwice_DecliningTheEdit_AsksForAnotherTitle()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in new[] { "đăng ký", "1", "Chỉ tiêu", "bỏ qua", "xác nhận", "đăng ký", "1" }) await world.SendAsync(text);

        var replies = (await world.SendAsync("Chọn danh hiệu khác")).AllText();

        Assert.Contains("Vậy bạn chọn một danh hiệu khác nhé", replies);
        Assert.Contains("Bạn đăng ký danh hiệu nào?", replies);
    }

    [Fact]
    public async Task AnotherUser_NeverSeesMyRegistration()
    {
        await using var world = await FlowWorld.CreateAsync();
        foreach (var text in new[] { "đăng ký", "1", "Chỉ tiêu riêng của An", "bỏ qua", "xác nhận" }) await world.SendAsync(text);
        var mine = (await world.UserStateAsync()).Commitments.Single();

        Assert.Contains("Bạn chưa đăng ký thi đua", (await world.SendAsync("đăng ký của tôi", FlowWorld.Colleague)).AllText());
        var forged = (await world.Bot.SubmitAsync(new { command = "commitment-view", number = mine.Number }, FlowWorld.Colleague)).AllText();
        Assert.Contains("không tìm thấy", forged);
        Assert.DoesNotContain("Chỉ tiêu riêng của An", forged);
        Assert.Contains("Bạn đăng ký danh hiệu nào?", (await world.SendAsync("đăng ký", FlowWorld.Colleague)).AllText());
        Assert.Contains("Nhập các chỉ tiêu", (await world.SendAsync("1", FlowWorld.Colleague)).AllText());
    }
}
