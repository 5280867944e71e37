using EmulationBot.Tests.Support;
using static EmulationBot.Tests.Office.Support.OfficeWorld;

namespace EmulationBot.Tests.Office;

public class OfficeMenuTests
{
    [Fact]
    public async Task Menu_Office_OffersEverything_UnitHead_TheirPart_Employee_Nothing()
    {
        await using var bot = await CreateAsync();

        var office = (await bot.SendTextAsync("văn phòng", OfficeUser)).Cards().Single();
        var headReplies = await bot.SendTextAsync("van phong", HeadA);
        var head = headReplies.Cards().Single();
        var employee = await bot.SendTextAsync("office", EmployeeA);

        Assert.Equal(["Đơn vị và nhân sự", "Nhập danh sách nhân sự", "Tiến độ theo đơn vị", "Duyệt đăng ký, báo cáo", "Xuất danh sách", "Nhật ký hoạt động"], CardActions.Titles(office));
        Assert.Equal(["Đơn vị và nhân sự", "Tiến độ theo đơn vị", "Duyệt đăng ký, báo cáo", "Xuất danh sách"], CardActions.Titles(head));
        Assert.Contains("lãnh đạo Phòng Quản lý khoa học", headReplies.AllText());
        Assert.Contains("dành cho Văn phòng Sở và lãnh đạo các đơn vị", employee.AllText());
    }

    [Fact]
    public async Task OrdinaryQuestionWithTheWordOffice_IsNotTakenAsTheMenu()
    {
        await using var bot = await CreateAsync();

        var replies = await bot.SendTextAsync("văn phòng sở ở tầng mấy", OfficeUser);

        Assert.DoesNotContain("Theo dõi phong trào thi đua", replies.AllText());
    }

    [Fact]
    public async Task Help_ListsTheOfficeTopic()
    {
        await using var bot = await CreateAsync();

        Assert.Contains("Theo dõi thi đua (Văn phòng, lãnh đạo đơn vị)", (await bot.SendTextAsync("trợ giúp", EmployeeA)).AllText());
    }
}
