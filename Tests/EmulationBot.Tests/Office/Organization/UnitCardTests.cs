using EmulationBot.Office.Audit;
using EmulationBot.Roles;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;
using EmulationBot.Units;
using static EmulationBot.Tests.Office.Support.OfficeWorld;

namespace EmulationBot.Tests.Office.Organization;

public class UnitCardTests
{
    [Fact]
    public async Task Units_Office_SeesEveryUnitWithItsHead()
    {
        await using var bot = await CreateAsync();

        var text = (await bot.SendTextAsync("don vi va nhan su", OfficeUser)).AllText();

        Assert.Contains("Phòng Quản lý khoa học", text);
        Assert.Contains("Phòng Kế hoạch - Tài chính", text);
        Assert.Contains("Lãnh đạo: Lê Hoàng Cường", text);
    }

    [Fact]
    public async Task Units_UnitHead_SeesOwnUnitOnlyAndCannotEdit()
    {
        await using var bot = await CreateAsync();

        var replies = await bot.SendTextAsync("danh sách nhân sự", HeadA);

        var card = Assert.Single(replies.Cards());
        Assert.Contains("Trần Thị Bình", replies.AllText());
        Assert.DoesNotContain("Đỗ Thị Hoa", replies.AllText());
        Assert.DoesNotContain("Đổi tên", CardActions.Titles(card));
        Assert.Contains("Văn phòng Sở là nơi thay đổi", replies.AllText());
    }

    [Fact]
    public async Task AddUnit_ByCard_AddsItAndAuditsIt()
    {
        await using var bot = await CreateAsync();

        var (result, _) = await bot.ExecuteAsync("office.unit.add", new { newUnit = "  Phòng  Thanh tra " }, OfficeUser);

        Assert.Contains("Đã thêm đơn vị «Phòng Thanh tra»", result.Text());
        Assert.Contains((await DirectoryAsync(bot)).Units, u => u.Id == "phong-thanh-tra" && u.Name == "Phòng Thanh tra");
        var entry = Assert.Single(await bot.Get<IAuditLog>().LatestAsync(10));
        Assert.Equal((AuditAction.UnitAdded, OfficeUser.AadObjectId, "Phòng Thanh tra"), (entry.Action, entry.ActorKey, entry.Subject));
    }

    [Theory]
    [InlineData("phong quan ly khoa hoc", "Đã có đơn vị mang tên này")]
    [InlineData("Quản lý khoa học", "Đã có đơn vị mang tên này")]
    [InlineData("   ", "Vui lòng nhập tên")]
    public async Task AddUnit_BadName_SaysWhyAndChangesNothing(string name, string expected)
    {
        await using var bot = await CreateAsync();

        var (result, _) = await bot.ExecuteAsync("office.unit.add", new { newUnit = name }, OfficeUser);

        Assert.Contains(expected, result.Text());
        Assert.Equal(3, (await DirectoryAsync(bot)).Units.Count);
        Assert.Empty(await bot.Get<IAuditLog>().LatestAsync(10));
    }

    [Fact]
    public async Task RenameUnit_ByCard_KeepsItsIdAndPeople()
    {
        await using var bot = await CreateAsync();

        var (result, _) = await bot.ExecuteAsync("office.unit.rename", new { unit = UnitA, unitName = "Phòng Quản lý khoa học và công nghệ" }, OfficeUser);

        Assert.Contains("Đã đổi tên thành «Phòng Quản lý khoa học và công nghệ»", result.Text());
        Assert.Equal("Phòng Quản lý khoa học và công nghệ", (await DirectoryAsync(bot)).FindUnit(UnitA)!.Name);
        Assert.Equal(2, (await DirectoryAsync(bot)).MembersOf(UnitA).Count());
    }

    [Fact]
    public async Task RemoveUnit_WithPeople_IsRefused_EmptyUnit_IsRemoved()
    {
        await using var bot = await CreateAsync();
        await bot.ExecuteAsync("office.unit.add", new { newUnit = "Phòng Pháp chế" }, OfficeUser);

        var (refused, _) = await bot.ExecuteAsync("office.unit.remove", new { unit = UnitA }, OfficeUser);
        var (removed, _) = await bot.ExecuteAsync("office.unit.remove", new { unit = "phong-phap-che" }, OfficeUser);

        Assert.Contains("Đơn vị vẫn còn người", refused.Text());
        Assert.Contains("Đã xóa đơn vị «Phòng Pháp chế»", removed.Text());
        Assert.Equal([OfficeUnit, UnitA, UnitB], (await DirectoryAsync(bot)).Units.Select(u => u.Id));
    }

    [Fact]
    public async Task SaveMember_NewPerson_IsListedByEmailAsUnitHead()
    {
        await using var bot = await CreateAsync();

        var (result, _) = await bot.ExecuteAsync("office.member.save",
            new { memberName = "Ngô Văn Em", memberEmail = " Em.NV@skhcn.gov.vn ", memberUnit = UnitB, memberRole = "UnitHead" }, OfficeUser);

        Assert.Contains("Đã lưu thông tin của Ngô Văn Em", result.Text());
        var member = (await DirectoryAsync(bot)).FindByEmail("em.nv@skhcn.gov.vn")!;
        Assert.Equal(("mail:em.nv@skhcn.gov.vn", UnitB, Role.UnitHead, true), (member.Key, member.UnitId, member.Role, member.IsUnlinked));
    }

    [Theory]
    [InlineData("binh.tt@skhcn.gov.vn", "Email này đã thuộc về một người khác")]
    [InlineData("binh.tt", "Email chưa đúng dạng")]
    public async Task SaveMember_BadEmail_KeepsTheFormWithTheReason(string email, string expected)
    {
        await using var bot = await CreateAsync();

        var (result, _) = await bot.ExecuteAsync("office.member.save",
            new { memberName = "Người Mới", memberEmail = email, memberUnit = UnitA, memberRole = "Employee" }, OfficeUser);

        Assert.Contains(expected, result.Text());
        Assert.Contains("Thêm người vào danh sách", result.Text());
        Assert.Equal(5, (await DirectoryAsync(bot)).Members.Count);
    }

    [Fact]
    public async Task SaveMember_OwnRole_IsRefused()
    {
        await using var bot = await CreateAsync(settings: Settings(("Roles:Office:0", HeadB.AadObjectId)));
        await bot.Get<UnitDirectoryStore>().UpdateAsync(d => d.WithMember(Member(OfficeUser, OfficeUnit, Role.Office, "dung.pt@skhcn.gov.vn")), CancellationToken.None);

        var (result, _) = await bot.ExecuteAsync("office.member.save",
            new { member = OfficeUser.AadObjectId, memberName = "Phạm Thu Dung", memberUnit = OfficeUnit, memberRole = "Employee" }, OfficeUser);

        Assert.Contains("Bạn không thể tự đổi vai trò của mình", result.Text());
        Assert.Equal(Role.Office, (await DirectoryAsync(bot)).FindByKey(OfficeUser.AadObjectId)!.Role);
    }

    [Fact]
    public async Task PromoteAndRemove_ByCard_ChangeWhatThePersonMayDo()
    {
        await using var bot = await CreateAsync();

        await bot.ExecuteAsync("office.member.save",
            new { member = EmployeeA.AadObjectId, memberName = EmployeeA.Name, memberEmail = "", memberUnit = UnitA, memberRole = "Office" }, OfficeUser);
        var asOffice = await bot.SendTextAsync("nhat ky", EmployeeA);
        var (removed, _) = await bot.ExecuteAsync("office.member.remove", new { member = EmployeeA.AadObjectId }, OfficeUser);

        Assert.Contains("Nhật ký hoạt động", asOffice.AllText());
        Assert.Contains("Đã xóa Trần Thị Bình khỏi danh sách", removed.Text());
        Assert.Null((await DirectoryAsync(bot)).FindByKey(EmployeeA.AadObjectId));
    }
}
