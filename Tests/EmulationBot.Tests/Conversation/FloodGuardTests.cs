using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Conversation;

public class FloodGuardTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The production defaults (the test harness relaxes them).</summary>
    private static readonly Dictionary<string, string?> Limits = new() { ["Bot:FloodGuard:Burst"] = "20", ["Bot:FloodGuard:PerMinute"] = "60" };

    [Fact]
    public async Task AUserFlooding_IsToldOnceToSlowDown_ThenIgnored_AndOthersAreNotAffected()
    {
        var clock = new ManualClock(Start);
        await using var bot = TestBot.Create(clock: clock, settings: Limits);
        var flooder = TestUser.Make(7, "Phạm Văn Gấp");
        for (var i = 0; i < 20; i++) Assert.Contains("Tôi có thể giúp gì", (await bot.SendTextAsync("tro giup", flooder)).AllText());

        Assert.Contains("gửi tin nhắn hơi nhanh", (await bot.SendTextAsync("tro giup", flooder)).AllText());
        Assert.Empty(await bot.SendTextAsync("tro giup", flooder));
        Assert.Contains("Tôi có thể giúp gì", (await bot.SendTextAsync("tro giup")).AllText());

        clock.Advance(TimeSpan.FromSeconds(5)); // 60 a minute: five more messages have come back
        Assert.Contains("Tôi có thể giúp gì", (await bot.SendTextAsync("tro giup", flooder)).AllText());
    }

    [Fact]
    public async Task UsersWhoStoppedWriting_AreForgotten_SoManyUsersOverTimeHoldNoMemory()
    {
        var clock = new ManualClock(Start);
        await using var bot = TestBot.Create(clock: clock, settings: Limits);
        var guard = bot.Services.GetServices<EmulationBot.Protocol.IMiddleware>().OfType<EmulationBot.Conversation.FloodGuardMiddleware>().Single();
        for (var i = 0; i < 50; i++) await bot.SendTextAsync("tro giup", TestUser.Make(100 + i, "Người " + i));
        Assert.Equal(50, guard.TrackedUsers);

        clock.Advance(TimeSpan.FromMinutes(2)); // their buckets are full again: nothing to remember
        await bot.SendTextAsync("tro giup");

        Assert.Equal(1, guard.TrackedUsers);
        Assert.Equal(1, guard.CountedUsers);
    }

    [Fact]
    public async Task ATooLongMessage_IsRefusedPolitely_AndNothingIsStored()
    {
        await using var bot = TestBot.Create();
        var replies = await bot.SendTextAsync(new string('a', 5000));
        Assert.Contains("dài quá 4000 ký tự", replies.AllText());
        Assert.Equal(0, ((EmulationBot.Storage.MemoryStorage)bot.Storage).Count);
    }

    [Fact]
    public async Task AFloodedCardAction_GetsAnInvokeAnswer_NotA501()
    {
        var clock = new ManualClock(Start);
        await using var bot = TestBot.Create(clock: clock, settings: new Dictionary<string, string?> { ["Bot:FloodGuard:Burst"] = "1" });
        await bot.SendTextAsync("tro giup");
        var (result, _) = await bot.ExecuteAsync("anything", new { });
        Assert.Equal(200, result.Status);
        Assert.Contains("hơi nhanh", result.Body!.Value.ToString());
    }
}
