using EmulationBot.Roles;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;
using EmulationBot.Units;
using static EmulationBot.Tests.Office.Support.OfficeWorld;

namespace EmulationBot.Tests.Office.Organization;

public class OrganizationDialogTests
{
    [Fact]
    public async Task AddUnit_NameTypedWithTheCommand_AddsAtOnce()
    {
        await using var bot = await CreateAsync();

        var replies = await bot.SendTextAsync("thêm đơn vị: Phòng Thanh tra", OfficeUser);

        Assert.Contains("Đã thêm đơn vị «Phòng Thanh tra»", replies.AllText());
        Assert.NotNull((await DirectoryAsync(bot)).FindUnit("phong-thanh-tra"));
    }

    [Fact]
    public async Task AddUnit_WithoutName_AsksForIt()
    {
        await using var bot = await CreateAsync();

        await bot.Flow(OfficeUser)
            .Send("them don vi").AssertReplyContains("Tên đơn vị mới là gì?")
            .Send("Trung tâm Ứng dụng tiến bộ KH&CN").AssertReplyContains("Đã thêm đơn vị «Trung tâm Ứng dụng tiến bộ KH&CN»")
            .RunAsync();
    }

    [Fact]
    public async Task RenameUnit_ChooseThenName_Renames()
    {
        await using var bot = await CreateAsync();

        await bot.Flow(OfficeUser)
            .Send("doi ten don vi").AssertReplyContains("Bạn muốn đổi tên đơn vị nào?")
            .Send("ke hoach tai chinh").AssertReplyContains("Tên mới của đơn vị là gì?")
            .Send("Phòng Kế hoạch, Tài chính và Tổng hợp").AssertReplyContains("Đã đổi tên thành «Phòng Kế hoạch, Tài chính và Tổng hợp»")
            .RunAsync();
        Assert.Equal("Phòng Kế hoạch, Tài chính và Tổng hợp", (await DirectoryAsync(bot)).FindUnit(UnitB)!.Name);
    }

    [Fact]
    public async Task RemoveUnit_NotConfirmed_KeepsIt()
    {
        await using var bot = await CreateAsync();
        await bot.SendTextAsync("thêm đơn vị Phòng Pháp chế", OfficeUser);

        await bot.Flow(OfficeUser)
            .Send("xoa don vi").AssertReplyContains("Bạn muốn xóa đơn vị nào?")
            .Send("phap che").AssertReplyContains("Xóa đơn vị «Phòng Pháp chế»?")
            .Send("không").AssertReplyContains("Đã giữ nguyên")
            .RunAsync();
        Assert.NotNull((await DirectoryAsync(bot)).FindUnit("phong-phap-che"));
    }

    [Fact]
    public async Task Member_NewPersonByChat_AskedEmailNameUnitRoleThenSaved()
    {
        await using var bot = await CreateAsync();

        await bot.Flow(OfficeUser)
            .Send("phân quyền").AssertReplyContains("Email (tài khoản Teams) của người đó là gì?")
            .Send("giang.nt").AssertReplyContains("Email chưa đúng dạng")
            .Send("giang.nt@skhcn.gov.vn").AssertReplyContains("Họ tên đầy đủ của người đó?")
            .Send("Nguyễn Thu Giang").AssertReplyContains("Nguyễn Thu Giang thuộc đơn vị nào?")
            .Send("quan ly khoa hoc").AssertReplyContains("Vai trò của Nguyễn Thu Giang?")
            .Send("truong phong").AssertReplyContains("Lưu: Nguyễn Thu Giang (giang.nt@skhcn.gov.vn) — Phòng Quản lý khoa học — Lãnh đạo đơn vị?")
            .Send("có").AssertReplyContains("Đã lưu thông tin của Nguyễn Thu Giang")
            .RunAsync();
        var member = (await DirectoryAsync(bot)).FindByEmail("giang.nt@skhcn.gov.vn")!;
        Assert.Equal((UnitA, Role.UnitHead), (member.UnitId, member.Role));
    }

    [Fact]
    public async Task Member_KnownEmail_UpdatesThatPerson()
    {
        await using var bot = await CreateAsync();

        await bot.Flow(OfficeUser)
            .Send("dat vai tro").AssertReplyContains("Email")
            .Send("binh.tt@skhcn.gov.vn").AssertReplyContains("Đã có Trần Thị Bình trong danh sách")
            .Send("quan ly khoa hoc").AssertReplyContains("Vai trò của Trần Thị Bình?")
            .Send("van phong").AssertReplyContains("Văn phòng Sở?")
            .Send("ok").AssertReplyContains("Đã lưu thông tin của Trần Thị Bình")
            .RunAsync();
        Assert.Equal(Role.Office, (await DirectoryAsync(bot)).FindByKey(EmployeeA.AadObjectId)!.Role);
    }

    [Theory]
    [InlineData("thêm đơn vị Phòng X")]
    [InlineData("phan quyen")]
    [InlineData("xoa don vi")]
    public async Task OrganizationCommands_FromAUnitHead_AreRefused(string text)
    {
        await using var bot = await CreateAsync();

        var replies = await bot.SendTextAsync(text, HeadA);

        Assert.Contains("nằm ngoài phạm vi của bạn", replies.AllText());
        Assert.Equal(3, (await DirectoryAsync(bot)).Units.Count);
    }
}
