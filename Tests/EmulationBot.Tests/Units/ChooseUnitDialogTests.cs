using EmulationBot.Roles;
using EmulationBot.Tests.Support;
using EmulationBot.Units;

namespace EmulationBot.Tests.Units;

public class ChooseUnitDialogTests
{
    private static async Task SeedAsync(TestBot bot, params string[] names)
    {
        var store = bot.Get<UnitDirectoryStore>();
        await store.UpdateAsync(d => d with { Units = [.. names.Select(n => new Unit(UnitSeeder.IdFor(n), n))] }, CancellationToken.None);
    }

    [Fact]
    public async Task ChangeUnit_PickingAUnit_RecordsMembershipWithTeamsIds()
    {
        await using var bot = TestBot.Create();
        await SeedAsync(bot, "Văn phòng Sở", "Phòng Quản lý khoa học");
        var card = (await bot.SendTextAsync("doi don vi")).Cards().Single();
        Assert.Contains("Phòng Quản lý khoa học", CardActions.Titles(card));
        var replies = await bot.SendTextAsync("quan ly khoa hoc");
        Assert.Contains("bạn thuộc Phòng Quản lý khoa học", replies.AllText());

        var directory = await bot.Get<UnitDirectoryStore>().GetAsync(CancellationToken.None);
        var member = Assert.Single(directory.Members);
        Assert.Equal("phong-quan-ly-khoa-hoc", member.UnitId);
        Assert.Equal(TestUser.Default.Id, member.TeamsUserId);
        Assert.Equal(TestUser.Default.AadObjectId, member.Key);
        Assert.Equal(Role.Employee, member.Role);
    }

    [Fact]
    public async Task ChangeUnit_WithNoUnitsConfigured_SaysSo()
    {
        await using var bot = TestBot.Create();
        Assert.Contains("chưa khai báo danh sách phòng/đơn vị", (await bot.SendTextAsync("đổi đơn vị")).AllText());
    }

    [Fact]
    public async Task ChangeUnit_KeepsTheOfficeRoleTheOfficeGave()
    {
        await using var bot = TestBot.Create();
        await SeedAsync(bot, "Văn phòng Sở", "Phòng Kế hoạch");
        await SetRoleAsync(bot, Role.Office);
        await bot.SendTextAsync("đổi đơn vị");
        await bot.SendTextAsync("Phòng Kế hoạch");
        var member = (await bot.Get<UnitDirectoryStore>().GetAsync(CancellationToken.None)).Members.Single();
        Assert.Equal(("phong-ke-hoach", Role.Office), (member.UnitId, member.Role));
    }

    [Fact]
    public async Task ChangeUnit_UnitHeadMovingThemselves_IsNotHeadOfTheNewUnit()
    {
        await using var bot = TestBot.Create();
        await SeedAsync(bot, "Văn phòng Sở", "Phòng Kế hoạch");
        await SetRoleAsync(bot, Role.UnitHead);
        await bot.SendTextAsync("đổi đơn vị");
        await bot.SendTextAsync("Phòng Kế hoạch");
        var member = (await bot.Get<UnitDirectoryStore>().GetAsync(CancellationToken.None)).Members.Single();
        Assert.Equal(("phong-ke-hoach", Role.Employee), (member.UnitId, member.Role));
    }

    private static Task SetRoleAsync(TestBot bot, Role role) =>
        bot.Get<UnitDirectoryStore>().UpdateAsync(d => d.WithMember(new Member
        {
            Key = TestUser.Default.AadObjectId, Name = "An", AadObjectId = TestUser.Default.AadObjectId, UnitId = "van-phong-so", Role = role,
        }), CancellationToken.None);
}
