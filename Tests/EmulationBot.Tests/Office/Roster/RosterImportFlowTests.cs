using EmulationBot.Office.Audit;
using EmulationBot.Office.Roster;
using EmulationBot.Roles;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;
using EmulationBot.Units;
using System.Text;
using static EmulationBot.Tests.Office.Support.OfficeWorld;

namespace EmulationBot.Tests.Office.Roster;

public class RosterImportFlowTests
{
    private const string Good = "Họ và tên,Email,Đơn vị,Vai trò\n"
        + "Nguyễn Thu Giang,giang.nt@skhcn.gov.vn,Phòng Quản lý khoa học,Lãnh đạo đơn vị\n"
        + "Trần Thị Bình,binh.tt@skhcn.gov.vn,Phòng Kế hoạch - Tài chính,Cán bộ\n";

    private readonly FileServer _files = new();

    private Task<TestBot> BotAsync() => CreateAsync(configure: _files.Register);

    [Fact]
    public async Task SendFile_Office_PreviewThenApply_UpdatesTheDirectoryOnceAndAudits()
    {
        await using var bot = await BotAsync();

        var (_, replies) = await bot.ProcessAsync(_files.Message(OfficeUser, "nhan-su.csv", Encoding.UTF8.GetBytes(Good)));
        var preview = Assert.Single(replies.Cards());
        Assert.Contains("2 dòng hợp lệ: 1 người mới, 1 cập nhật, 0 không đổi.", replies.AllText());
        Assert.Equal(5, (await DirectoryAsync(bot)).Members.Count);

        var (result, _) = await bot.ExecuteAsync("office.roster.apply", CardActions.Data(preview, "Áp dụng"), OfficeUser);

        Assert.Contains("Đã cập nhật danh sách: 1 người mới, 1 cập nhật", result.Text());
        var dir = await DirectoryAsync(bot);
        Assert.Equal((UnitA, Role.UnitHead), (dir.FindByEmail("giang.nt@skhcn.gov.vn")!.UnitId, dir.FindByEmail("giang.nt@skhcn.gov.vn")!.Role));
        Assert.Equal(UnitB, dir.FindByKey(EmployeeA.AadObjectId)!.UnitId);
        Assert.Equal(AuditAction.RosterImported, (await bot.Get<IAuditLog>().LatestAsync(1)).Single().Action);
        var (again, _) = await bot.ExecuteAsync("office.roster.apply", CardActions.Data(preview, "Áp dụng"), OfficeUser);
        Assert.Contains("đã được áp dụng hoặc đã hết hạn", again.Text());
    }

    [Fact]
    public async Task SendFile_WithErrors_ListsEveryLineAndOffersNoApply()
    {
        await using var bot = await BotAsync();
        var csv = "Ho ten;Email;Don vi;Vai tro\nGiang;giang@x;Phòng Quản lý khoa học;\nBình;binh@skhcn.gov.vn;Phòng Thanh tra;\nHoa;binh@skhcn.gov.vn;Văn phòng Sở;thủ quỹ\n";

        var (_, replies) = await bot.ProcessAsync(_files.Message(OfficeUser, "loi.csv", Encoding.UTF8.GetBytes(csv)));

        var text = replies.AllText();
        Assert.Contains("Tệp có 4 lỗi", text);
        Assert.Contains("Dòng 2: email «giang@x» chưa đúng dạng.", text);
        Assert.Contains("Dòng 3: không có đơn vị «Phòng Thanh tra»", text);
        Assert.Contains("Dòng 4: email «binh@skhcn.gov.vn» trùng với dòng 3.", text);
        Assert.Contains("Dòng 4: vai trò «thủ quỹ» không rõ", text);
        Assert.DoesNotContain("Áp dụng", CardActions.Titles(replies.Cards().Single()));
    }

    [Fact]
    public async Task Apply_AfterSomeoneChangedTheDirectory_WritesNothingAndShowsAFreshPreview()
    {
        await using var bot = await BotAsync();
        var (_, replies) = await bot.ProcessAsync(_files.Message(OfficeUser, "nhan-su.csv", Encoding.UTF8.GetBytes(Good)));
        var preview = replies.Cards().Single();
        await bot.ExecuteAsync("office.member.save", new { member = EmployeeB.AadObjectId, memberName = "Đỗ Thị Hoa", memberUnit = UnitA, memberRole = "Employee" }, OfficeUser);

        var (changed, _) = await bot.ExecuteAsync("office.roster.apply", CardActions.Data(preview, "Áp dụng"), OfficeUser);

        Assert.Contains("vừa được người khác thay đổi nên tôi chưa áp dụng gì", changed.Text());
        Assert.Null((await DirectoryAsync(bot)).FindByEmail("giang.nt@skhcn.gov.vn"));
        var (applied, _) = await bot.ExecuteAsync("office.roster.apply", CardActions.Data(changed.Card(), "Áp dụng"), OfficeUser);
        Assert.Contains("Đã cập nhật danh sách", applied.Text());
        var dir = await DirectoryAsync(bot);
        Assert.NotNull(dir.FindByEmail("giang.nt@skhcn.gov.vn"));
        Assert.Equal(UnitA, dir.FindByKey(EmployeeB.AadObjectId)!.UnitId);
    }

    [Fact]
    public async Task ConcurrentWriter_BetweenCheckAndWrite_IsDetectedByTheETag()
    {
        await using var bot = await BotAsync();
        var importer = bot.Get<RosterImporter>();
        var office = new Person(OfficeUser.AadObjectId, OfficeUser.Name, null, null, Role.Office);
        var (import, plan) = await importer.PreviewAsync(office, "ds.csv", Encoding.UTF8.GetBytes(Good), CancellationToken.None);
        Assert.True(plan.CanApply);
        // Another instance of the bot writes straight to storage; this instance's cache does not know.
        var store = new UnitDirectoryStore(bot.Storage, TimeProvider.System);
        await store.UpdateAsync(d => d.WithUnit(new Unit("phong-thanh-tra", "Phòng Thanh tra")), CancellationToken.None);

        var (outcome, fresh, _) = await importer.ApplyAsync(office, import.Id, CancellationToken.None);

        Assert.Equal(RosterOutcome.DirectoryChanged, outcome);
        Assert.NotEqual(import.Id, fresh!.Id);
        Assert.NotNull((await store.ReadStoredAsync(CancellationToken.None))!.Value.FindUnit("phong-thanh-tra"));
        Assert.Equal(RosterOutcome.Applied, (await importer.ApplyAsync(office, fresh.Id, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task RosterDialog_AsksForTheFileThenPreviews()
    {
        await using var bot = await BotAsync();

        var asked = await bot.SendTextAsync("nhap danh sach nhan su", OfficeUser);
        var (_, replies) = await bot.ProcessAsync(_files.Message(OfficeUser, "ds.xlsx", XlsxBuilder.Build(
            [["Họ tên", "Email", "Đơn vị", "Chức vụ"], ["Ngô Văn Em", "em@skhcn.gov.vn", "Văn phòng Sở", "Chuyên viên"]])));

        Assert.Contains("Hãy gửi tệp danh sách nhân sự", asked.AllText());
        Assert.Contains("1 dòng hợp lệ: 1 người mới", replies.AllText());
    }

    [Fact]
    public async Task CsvFromAnEmployee_IsNotTakenAsARoster()
    {
        await using var bot = await BotAsync();

        var (_, replies) = await bot.ProcessAsync(_files.Message(EmployeeA, "nhan-su.csv", Encoding.UTF8.GetBytes(Good)));

        Assert.DoesNotContain("Xem trước danh sách nhân sự", replies.AllText());
        Assert.Equal(0, _files.Requests);
        Assert.Equal(5, (await DirectoryAsync(bot)).Members.Count);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public async Task Apply_ByAHeadOrEmployeeWithTheRealPreviewId_IsRefused(int user)
    {
        await using var bot = await BotAsync();
        var (_, replies) = await bot.ProcessAsync(_files.Message(OfficeUser, "nhan-su.csv", Encoding.UTF8.GetBytes(Good)));
        var data = CardActions.Data(replies.Cards().Single(), "Áp dụng");

        var (result, _) = await bot.ExecuteAsync("office.roster.apply", data, TestUser.Make(user, "x"));

        Assert.Contains("Xin lỗi", result.Text());
        Assert.Null((await DirectoryAsync(bot)).FindByEmail("giang.nt@skhcn.gov.vn"));
        var (applied, _) = await bot.ExecuteAsync("office.roster.apply", data, OfficeUser);
        Assert.Contains("Đã cập nhật danh sách", applied.Text());
    }
}
