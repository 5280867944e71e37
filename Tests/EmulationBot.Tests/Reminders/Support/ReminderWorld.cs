using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using EmulationBot.Units;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationBot.Tests.Reminders.Support;

/// <summary>
/// The bot on a manual clock (Friday 20/05/2022 09:00 in Vietnam) with a directory of three units and a published
/// plan: An (employee) and Bình (head) in "Phòng Quản lý khoa học", Cường in the centre, Dung in the office; o1 is
/// due 30/05/2022 for Phòng Quản lý khoa học, o2 on 15/06/2022 for the centre. Everyone has talked to the bot.
/// </summary>
internal sealed class ReminderWorld : IAsyncDisposable
{
    public const string PlanId = "ke-hoach-thi-dua-2022";
    public const string Qlkh = "phong-quan-ly-khoa-hoc";
    public const string Centre = "trung-tam-thong-tin";
    public const string Office = "van-phong-so";

    public static readonly TestUser An = TestUser.Make(1, "Nguyễn Văn An");
    public static readonly TestUser Binh = TestUser.Make(2, "Trần Thị Bình");
    public static readonly TestUser Cuong = TestUser.Make(3, "Lê Văn Cường");
    public static readonly TestUser Dung = TestUser.Make(4, "Phạm Thị Dung");

    private ReminderWorld(TestBot bot, ManualClock clock)
    {
        Bot = bot;
        Clock = clock;
    }

    public TestBot Bot { get; private set; }
    public ManualClock Clock { get; }
    public IStorage Storage => Bot.Storage;

    public static async Task<ReminderWorld> CreateAsync(IStorage? storage = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null, IEnumerable<TestUser>? talked = null)
    {
        var clock = new ManualClock(At("2022-05-20 09:00"));
        var bot = TestBot.Create(storage, clock, settings, configure);
        var world = new ReminderWorld(bot, clock);
        await world.SeedDirectoryAsync();
        await world.PublishAsync(Plan());
        foreach (var user in talked ?? [An, Binh, Cuong, Dung]) await bot.InstallAsync(user);
        bot.Connector.Drain();
        return world;
    }

    /// <summary>A Vietnam wall-clock time "yyyy-MM-dd HH:mm".</summary>
    public static DateTimeOffset At(string vietnamTime)
    {
        var local = DateTime.ParseExact(vietnamTime, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return VietnamTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    public static Plan Plan(params Obligation[] extra) => new()
    {
        Id = PlanId,
        Identity = new PlanIdentity { Number = "12/KH-SKHCN", Issuer = "Sở Khoa học và Công nghệ" },
        Title = "Kế hoạch thi đua năm 2022",
        Obligations =
        [
            new Obligation { Id = "", What = "Xây dựng kế hoạch cụ thể triển khai phong trào", Who = ["Phòng Quản lý khoa học"], Due = PlanDate.OnDay(2022, 5, 30) },
            new Obligation { Id = "", What = "Gửi kết quả tự chấm điểm thi đua", Who = ["Trung tâm Thông tin"], Due = PlanDate.OnDay(2022, 6, 15) },
            .. extra,
        ],
    };

    public async Task PublishAsync(Plan plan)
    {
        var publisher = new PlanPublisher(Storage, Bot.Get<PlanCatalog>(), [], Clock, NullLogger<PlanPublisher>.Instance);
        await publisher.PublishAsync(plan, "office", "test", CancellationToken.None);
    }

    public Task<PassSummary> PassAsync() => Bot.Get<ReminderPass>().RunAsync(CancellationToken.None);

    public Task<PassSummary> PassAtAsync(string vietnamTime)
    {
        Clock.SetUtcNow(At(vietnamTime));
        return PassAsync();
    }

    /// <summary>The messages sent since the last call, as (recipient, card heading).</summary>
    public List<Activity> Sent() => Bot.Connector.Drain();

    /// <summary>Presses a card button (Action.Execute) as <paramref name="user"/>; <paramref name="tamper"/> may change the data first.</summary>
    public async Task<Pressed> PressAsync(TestUser user, Activity message, string title, Action<JsonObject>? tamper = null)
    {
        var card = message.CardOf();
        var verb = CardActions.Verb(card, title) ?? throw new Xunit.Sdk.XunitException($"«{title}» is not an Action.Execute button.");
        var data = CardActions.Data(card, title);
        tamper?.Invoke(data);
        var invoke = user.Activity(ActivityTypes.Invoke);
        invoke.Name = AdaptiveCardInvokeValue.InvokeName;
        invoke.ReplyToId = "card-message-1";
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" });
        var (result, replies) = await Bot.ProcessAsync(invoke);
        return new Pressed(result.Body!.Value, replies, Bot.Connector.Updated.ToList());
    }

    /// <summary>A new bot over the same storage and clock, as after a crash or a restart.</summary>
    public async Task RestartAsync() => Bot = await Bot.RestartAsync();

    public Task<UnitDirectory> DirectoryAsync() => Bot.Get<UnitDirectoryStore>().GetAsync(CancellationToken.None);

    public async ValueTask DisposeAsync() => await Bot.DisposeAsync();

    private async Task SeedDirectoryAsync()
    {
        await Bot.Get<UnitDirectoryStore>().UpdateAsync(_ => new UnitDirectory
        {
            Units =
            [
                new Unit(Office, "Văn phòng Sở") { IsOffice = true },
                new Unit(Qlkh, "Phòng Quản lý khoa học"),
                new Unit(Centre, "Trung tâm Thông tin"),
            ],
            Members =
            [
                Member(An, Qlkh, Role.Employee),
                Member(Binh, Qlkh, Role.UnitHead),
                Member(Cuong, Centre, Role.Employee),
                Member(Dung, Office, Role.Office),
            ],
        }, CancellationToken.None);
    }

    public static Member Member(TestUser user, string unitId, Role role) =>
        new() { Key = user.AadObjectId, Name = user.Name, AadObjectId = user.AadObjectId, TeamsUserId = user.Id, UnitId = unitId, Role = role };
}
