using EmulationBot.Roles;
using EmulationBot.Tests.Support;
using EmulationBot.Units;

namespace EmulationBot.Tests.Office.Support;

/// <summary>A department for office tests: two units, the office, a head and an employee in each unit.</summary>
public static class OfficeWorld
{
    public const string UnitA = "phong-quan-ly-khoa-hoc";
    public const string UnitB = "phong-ke-hoach-tai-chinh";
    public const string OfficeUnit = "van-phong-so";

    public static TestUser OfficeUser { get; } = TestUser.Make(10, "Phạm Thu Dung");
    public static TestUser HeadA { get; } = TestUser.Make(11, "Lê Hoàng Cường");
    public static TestUser HeadB { get; } = TestUser.Make(12, "Vũ Minh Đức");
    public static TestUser EmployeeA { get; } = TestUser.Make(13, "Trần Thị Bình");
    public static TestUser EmployeeB { get; } = TestUser.Make(14, "Đỗ Thị Hoa");

    /// <summary>The office user given by configuration, as a deployment would start.</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Roles:Office:0"] = OfficeUser.AadObjectId };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    public static async Task<TestBot> CreateAsync(TimeProvider? clock = null, IDictionary<string, string?>? settings = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var bot = TestBot.Create(clock: clock, settings: settings ?? Settings(), configure: configure);
        await SeedAsync(bot);
        return bot;
    }

    public static Task SeedAsync(TestBot bot) =>
        bot.Get<UnitDirectoryStore>().UpdateAsync(_ => new UnitDirectory
        {
            Units =
            [
                new Unit(OfficeUnit, "Văn phòng Sở") { IsOffice = true },
                new Unit(UnitA, "Phòng Quản lý khoa học"),
                new Unit(UnitB, "Phòng Kế hoạch - Tài chính"),
            ],
            Members =
            [
                Member(OfficeUser, OfficeUnit, Role.Employee, "dung.pt@skhcn.gov.vn"),
                Member(HeadA, UnitA, Role.UnitHead, "cuong.lh@skhcn.gov.vn"),
                Member(HeadB, UnitB, Role.UnitHead, "duc.vm@skhcn.gov.vn"),
                Member(EmployeeA, UnitA, Role.Employee, "binh.tt@skhcn.gov.vn"),
                Member(EmployeeB, UnitB, Role.Employee, "hoa.dt@skhcn.gov.vn"),
            ],
        }, CancellationToken.None);

    public static Member Member(TestUser user, string unitId, Role role, string email) => new()
    {
        Key = user.AadObjectId,
        Name = user.Name,
        Email = email,
        AadObjectId = user.AadObjectId,
        TeamsUserId = user.Id,
        UnitId = unitId,
        Role = role,
    };

    public static Task<UnitDirectory> DirectoryAsync(TestBot bot) => bot.Get<UnitDirectoryStore>().GetAsync(CancellationToken.None);
}
