using EmulationBot.Conversation;
using EmulationBot.Protocol.Connector;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Storage;
using EmulationBot.Tests.Reminders.Support;
using EmulationBot.Tests.Support;
using EmulationBot.Units;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Reminders;

public class ReminderDeliveryTests
{
    private static readonly TestUser Em = TestUser.Make(5, "Hoàng Văn Em");

    private static async Task AddMemberAsync(ReminderWorld world, Member member) =>
        await world.Bot.Get<UnitDirectoryStore>().UpdateAsync(d => d.WithMember(member), CancellationToken.None);

    private static async Task<UserState> UserAsync(ReminderWorld world, TestUser user) =>
        (await world.Storage.ReadAsync<UserState>(SessionStore.UserKey("msteams", user.Id)))!.Value;

    [Fact]
    public async Task Pass_BotRemovedBy403_MarksTheChatGone_AndNeverTriesItAgain()
    {
        await using var world = await CreateAsync();
        var attemptsToAn = 0;
        world.Bot.Connector.FailWith = activity =>
        {
            if (activity.To() != An.Id) return null;
            Interlocked.Increment(ref attemptsToAn);
            return new ConnectorException(403, "BotNotInConversationRoster", "The bot is not part of the conversation roster.");
        };

        var summary = await world.PassAtAsync("2022-05-23 08:00");

        Assert.Equal([$"{Binh.Id}: Nhắc việc · còn 7 ngày"], world.Sent().Lines());
        Assert.Equal((1, 1), (summary.Gone, attemptsToAn));
        Assert.True((await UserAsync(world, An)).PersonalChatGone);
        await world.PassAtAsync("2022-05-27 08:00");
        await world.PassAtAsync("2022-05-30 08:00");
        Assert.Equal(1, attemptsToAn);
        Assert.Equal(2, world.Sent().Count); // Bình's two reminders

        // An adds the bot again and writes to it: reminders reach An again.
        world.Bot.Connector.FailWith = null;
        await world.Bot.SendTextAsync("xin chào", An);
        world.Sent();
        await world.PassAtAsync("2022-06-01 08:00");
        Assert.Contains(world.Sent(), a => a.To() == An.Id);
    }

    [Fact]
    public async Task Pass_Throttled429_WaitsTheRetryAfterOnTheClock_ThenDeliversEachOnce()
    {
        await using var world = await CreateAsync(settings: new Dictionary<string, string?> { ["Reminders:Delivery:JournalShards"] = "1" });
        var throttled = 0;
        world.Bot.Connector.FailWith = _ => Interlocked.Increment(ref throttled) == 1
            ? new ConnectorException(429, "Throttled", "Too many requests.", TimeSpan.FromSeconds(30))
            : null;
        world.Clock.SetUtcNow(At("2022-05-23 08:00"));

        var pass = world.PassAsync();
        await world.Clock.WaitForTimerAsync();

        Assert.False(pass.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(30), world.Clock.NextTimerIn);
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        var summary = await pass;
        Assert.Equal([$"{An.Id}: Nhắc việc · còn 7 ngày", $"{Binh.Id}: Nhắc việc · còn 7 ngày"], world.Sent().Lines());
        Assert.Equal((2, 1, 0), (summary.Sent, summary.Throttled, summary.Failed));
    }

    [Fact]
    public async Task Pass_ServerErrors_AreRetriedOnLaterPasses_AfterABackOff()
    {
        await using var world = await CreateAsync();
        world.Bot.Connector.FailWith = a => a.To() == An.Id ? new ConnectorException(502, "BadGateway", "Bad gateway.") : null;

        var first = await world.PassAtAsync("2022-05-23 08:00");
        world.Bot.Connector.FailWith = null;
        await world.PassAtAsync("2022-05-23 08:01");
        Assert.Equal([$"{Binh.Id}: Nhắc việc · còn 7 ngày"], world.Sent().Lines());
        await world.PassAtAsync("2022-05-23 08:05");

        Assert.Equal(1, first.Failed);
        Assert.Equal([$"{An.Id}: Nhắc việc · còn 7 ngày"], world.Sent().Lines());
        Assert.Equal(DeliveryState.Sent, (await world.Bot.Get<DeliveryJournal>().GetAsync(ReminderScopes.Occurrence(PlanId, "o1"), An.AadObjectId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Pass_SomeoneOnlyInTheRoster_GetsA1To1ChatOpenedWithTenant_ThenKeepsIt()
    {
        await using var world = await CreateAsync();
        await AddMemberAsync(world, ReminderWorld.Member(Em, Qlkh, Role.Employee));

        await world.PassAtAsync("2022-05-23 08:00");

        var created = Assert.Single(world.Bot.Connector.Created);
        Assert.False(created.IsGroup);
        Assert.Equal(TestUser.BotId, created.Bot!.Id);
        Assert.Equal(Em.Id, Assert.Single(created.Members!).Id);
        Assert.Equal(TestUser.TenantId, created.TenantId);
        Assert.Equal(TestUser.TenantId, created.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Contains(world.Sent(), a => a.Conversation!.Id == $"a:personal-{Em.Id}" && a.Heading() == "Nhắc việc · còn 7 ngày");
        Assert.Equal($"a:personal-{Em.Id}", (await UserAsync(world, Em)).PersonalChat!.Conversation!.Id);

        await world.PassAtAsync("2022-05-27 08:00");
        Assert.Single(world.Bot.Connector.Created);
        Assert.Contains(world.Sent(), a => a.Conversation!.Id == $"a:personal-{Em.Id}");
    }

    [Fact]
    public async Task Pass_SomeoneWithNoWayToReachThem_IsRecordedUnreachable()
    {
        await using var world = await CreateAsync();
        await AddMemberAsync(world, new Member { Key = "phuc@so-khcn.vn", Name = "Đỗ Văn Phúc", UnitId = Qlkh });

        var summary = await world.PassAtAsync("2022-05-23 08:00");

        Assert.Equal(1, summary.Unreachable);
        Assert.Equal(2, world.Sent().Count);
        var entry = await world.Bot.Get<DeliveryJournal>().GetAsync(ReminderScopes.Occurrence(PlanId, "o1"), "phuc@so-khcn.vn", CancellationToken.None);
        Assert.Equal(DeliveryState.Unreachable, entry!.State);
    }

    [Fact]
    public async Task Pass_NobodyEverWroteToTheBot_AndNoServiceUrlConfigured_CountsRosterPeopleUnreachable()
    {
        await using var world = await CreateAsync(talked: []);

        var summary = await world.PassAtAsync("2022-05-23 08:00");

        Assert.Empty(world.Sent());
        Assert.Empty(world.Bot.Connector.Created);
        Assert.Equal(2, summary.Unreachable);
    }

    [Fact]
    public async Task Pass_NobodyEverWroteToTheBot_WithAConfiguredServiceUrl_OpensChats()
    {
        await using var world = await CreateAsync(talked: [], settings: new Dictionary<string, string?>
        {
            ["Reminders:Scheduler:ServiceUrl"] = TestUser.ServiceUrl,
            ["Reminders:Scheduler:TenantId"] = TestUser.TenantId,
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b07",
            ["MicrosoftAppPassword"] = "test-secret",
        });

        await world.PassAtAsync("2022-05-23 08:00");

        Assert.Equal(2, world.Bot.Connector.Created.Count);
        Assert.All(world.Bot.Connector.Created, c => Assert.Equal("28:00000000-0000-0000-0000-00000000b07", c.Bot!.Id));
        Assert.Equal(2, world.Sent().Count);
    }
}
