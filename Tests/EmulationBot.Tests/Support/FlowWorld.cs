using EmulationBot.Conversation;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Plans.Store;
using EmulationBot.Storage;
using EmulationBot.Units;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationBot.Tests.Support;

/// <summary>
/// The bot on a fake clock (20/05/2025 09:00 Vietnam time) with a department's units and people and published plans:
/// an employee and the head of the science management division, an office member, and someone with no unit.
/// </summary>
public sealed class FlowWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));
    public const string Science = "phong-quan-ly-khoa-hoc";
    public const string Finance = "phong-ke-hoach-tai-chinh";
    public const string OfficeUnit = "van-phong-so";

    public static TestUser Employee { get; } = TestUser.Default;
    public static TestUser Head { get; } = TestUser.Make(2, "Trần Thị Bình");
    public static TestUser Office { get; } = TestUser.Make(3, "Lê Văn Cường");
    public static TestUser Colleague { get; } = TestUser.Make(4, "Phạm Thị Dung");
    public static TestUser Newcomer { get; } = TestUser.Make(5, "Hoàng Văn Em");

    private FlowWorld(TestBot bot, ManualClock clock)
    {
        Bot = bot;
        Clock = clock;
    }

    public TestBot Bot { get; private set; }
    public ManualClock Clock { get; }
    public IStorage Storage => Bot.Storage;

    /// <param name="units">Set up the units and people (else the directory is empty, as before the office configures it).</param>
    /// <param name="plans">The plans to publish; <see cref="Plan2025"/> when null.</param>
    public static async Task<FlowWorld> CreateAsync(bool units = true, Plan[]? plans = null, IStorage? storage = null,
        Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var clock = new ManualClock(Start);
        var world = new FlowWorld(TestBot.Create(storage, clock, settings, configure), clock);
        if (units) await world.SeedUnitsAsync();
        foreach (var plan in plans ?? [Plan2025()]) await world.PublishAsync(plan);
        return world;
    }

    public Task<List<EmulationBot.Protocol.Activity>> SendAsync(string text, TestUser? user = null) => Bot.SendTextAsync(text, user ?? Employee);

    public async Task PublishAsync(Plan plan)
    {
        var publisher = new PlanPublisher(Storage, Bot.Get<PlanCatalog>(), [], Clock, NullLogger<PlanPublisher>.Instance);
        await publisher.PublishAsync(plan, "office", "test", CancellationToken.None);
    }

    public async Task SeedUnitsAsync()
    {
        await Bot.Get<UnitDirectoryStore>().UpdateAsync(_ => new UnitDirectory
        {
            Units =
            [
                new Unit(OfficeUnit, "Văn phòng Sở") { IsOffice = true, Aliases = ["vp", "van phong"] },
                new Unit(Science, "Phòng Quản lý khoa học") { Aliases = ["qlkh"] },
                new Unit(Finance, "Phòng Kế hoạch - Tài chính") { Aliases = ["khtc"] },
            ],
            Members =
            [
                Member(Employee, Science, Role.Employee),
                Member(Head, Science, Role.UnitHead),
                Member(Office, OfficeUnit, Role.Office),
                Member(Colleague, Science, Role.Employee),
            ],
        }, CancellationToken.None);
    }

    public async Task<UserState> UserStateAsync(TestUser? user = null) =>
        (await Storage.ReadAsync<UserState>(SessionStore.UserKey("msteams", (user ?? Employee).Id)))!.Value;

    /// <summary>A new bot over the same storage and clock, as after a process restart.</summary>
    public async Task RestartAsync() => Bot = await Bot.RestartAsync();

    public ValueTask DisposeAsync() => Bot.DisposeAsync();

    private static Member Member(TestUser user, string unitId, Role role) =>
        new() { Key = user.AadObjectId, Name = user.Name, AadObjectId = user.AadObjectId, UnitId = unitId, Role = role };

    /// <summary>A 2025 plan: registration by 31/03, a mid-year report by 15/06, a model example in October, a final report by 30/11, office work, a monthly report.</summary>
    public static Plan Plan2025(string id = "ke-hoach-thi-dua-2025", string title = "Kế hoạch tổ chức phong trào thi đua năm 2025", string province = "Quảng Bình") => new()
    {
        Id = id,
        Identity = new PlanIdentity { Number = "15/KH-SKHCN", Issuer = "Sở Khoa học và Công nghệ", Province = province, Issued = PlanDate.InMonth(2025, 2) },
        Title = title,
        Period = new PlanPeriod { From = PlanDate.OnDay(2025, 1, 1), To = PlanDate.OnDay(2025, 12, 31) },
        Obligations =
        [
            Obligation("Các phòng, đơn vị đăng ký thi đua gửi về Văn phòng Sở", "các phòng, đơn vị trực thuộc Sở", PlanDate.OnDay(2025, 3, 31)),
            Obligation("Báo cáo sơ kết 6 tháng đầu năm phong trào thi đua", "các phòng, đơn vị trực thuộc Sở", PlanDate.OnDay(2025, 6, 15)),
            Obligation("Xây dựng ít nhất 01 điển hình tiên tiến của đơn vị", "Các đơn vị trực thuộc Sở", PlanDate.InMonth(2025, 10)),
            Obligation("Báo cáo tổng kết phong trào thi đua năm 2025", "các phòng, đơn vị trực thuộc Sở", PlanDate.OnDay(2025, 11, 30)),
            Obligation("Tổng hợp danh sách đăng ký thi đua, trình Hội đồng Thi đua - Khen thưởng", "Văn phòng Sở", PlanDate.OnDay(2025, 4, 10)),
            Obligation("Báo cáo tiến độ nhiệm vụ khoa học hằng tháng", "Phòng Quản lý khoa học", null) with { Recurrence = Recurrence.Monthly(25) },
        ],
    };

    private static Obligation Obligation(string what, string who, PlanDate? due) => new() { Id = "", What = what, Who = [who], Due = due, Source = what + "." };
}
