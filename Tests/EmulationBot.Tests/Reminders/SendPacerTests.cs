using EmulationBot.Reminders.Delivery;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Reminders;

public class SendPacerTests
{
    private static readonly DateTimeOffset T0 = new(2022, 5, 23, 1, 0, 0, TimeSpan.Zero);

    private static SendPacer Pacer(ManualClock clock, int global = 50, double margin = 0) => new(Options.Create(new ReminderDeliveryOptions
    {
        GlobalLimits = [RateLimit.Of(global, TimeSpan.FromSeconds(1))],
        SafetyMargin = margin,
    }), clock);

    [Fact]
    public async Task WaitTurn_SevenToOneConversationInASecond_TheEighthWaitsForTheWindow()
    {
        var clock = new ManualClock(T0);
        var pacer = Pacer(clock);
        for (var i = 0; i < 7; i++) await pacer.WaitTurnAsync("a:chat-1", CancellationToken.None);

        var eighth = pacer.WaitTurnAsync("a:chat-1", CancellationToken.None);
        var other = pacer.WaitTurnAsync("a:chat-2", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully); // another conversation is not held up
        Assert.False(eighth.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(1), clock.NextTimerIn);
        clock.Advance(TimeSpan.FromSeconds(1));
        await eighth;
    }

    [Fact]
    public async Task WaitTurn_SixtyToOneConversationIn30Seconds_TheNextWaitsForTheFirstToLeaveTheWindow()
    {
        var clock = new ManualClock(T0);
        var pacer = Pacer(clock);
        for (var i = 0; i < 60; i++)
        {
            await pacer.WaitTurnAsync("a:chat-1", CancellationToken.None);
            clock.Advance(TimeSpan.FromMilliseconds(400)); // 2.5 per second: within 7/1 s and 8/2 s
        }

        var next = pacer.WaitTurnAsync("a:chat-1", CancellationToken.None);

        Assert.False(next.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(30) - TimeSpan.FromMilliseconds(400 * 60), clock.NextTimerIn);
        clock.Advance(clock.NextTimerIn!.Value);
        await next;
    }

    [Fact]
    public async Task WaitTurn_OverTheGlobalLimit_WaitsWhateverTheConversation()
    {
        var clock = new ManualClock(T0);
        var pacer = Pacer(clock, global: 5);
        for (var i = 0; i < 5; i++) await pacer.WaitTurnAsync($"a:chat-{i}", CancellationToken.None);

        var sixth = pacer.WaitTurnAsync("a:chat-99", CancellationToken.None);

        Assert.False(sixth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await sixth;
    }

    [Fact]
    public async Task Pause_HoldsEverySendForTheRetryAfter()
    {
        var clock = new ManualClock(T0);
        var pacer = Pacer(clock);

        pacer.Pause(TimeSpan.FromSeconds(12));
        var send = pacer.WaitTurnAsync("a:chat-1", CancellationToken.None);

        Assert.False(send.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(12), clock.NextTimerIn);
        clock.Advance(TimeSpan.FromSeconds(12));
        await send;
    }

    [Fact]
    public async Task WaitTurn_OldConversations_AreForgottenWellAfterTheLongestWindow()
    {
        var clock = new ManualClock(T0);
        var pacer = Pacer(clock);
        for (var i = 0; i < 40; i++) await pacer.WaitTurnAsync($"a:chat-{i}", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(40, pacer.TrackedConversations);

        clock.Advance(TimeSpan.FromHours(2));
        await pacer.WaitTurnAsync("a:chat-new", CancellationToken.None);

        Assert.Equal(1, pacer.TrackedConversations);
    }

    [Fact]
    public async Task WaitTurn_WithASafetyMargin_StaysThatMuchUnderTheLimit()
    {
        var clock = new ManualClock(T0);
        var pacer = Pacer(clock, global: 5, margin: 0.05);
        for (var i = 0; i < 5; i++) await pacer.WaitTurnAsync($"a:chat-{i}", CancellationToken.None);

        var sixth = pacer.WaitTurnAsync("a:chat-99", CancellationToken.None);

        Assert.Equal(TimeSpan.FromMilliseconds(1050), clock.NextTimerIn);
        clock.Advance(TimeSpan.FromMilliseconds(1050));
        await sixth;
    }

    [Fact]
    public async Task Throttled_HoldsThatConversationOnly_UntilSeveralAreThrottled()
    {
        var clock = new ManualClock(T0);
        var pacer = Pacer(clock);

        pacer.Throttled("a:chat-1", TimeSpan.FromSeconds(3));
        var held = pacer.WaitTurnAsync("a:chat-1", CancellationToken.None);
        var other = pacer.WaitTurnAsync("a:chat-2", CancellationToken.None);
        Assert.False(held.IsCompleted);
        Assert.True(other.IsCompletedSuccessfully);

        pacer.Throttled("a:chat-3", TimeSpan.FromSeconds(3));
        pacer.Throttled("a:chat-4", TimeSpan.FromSeconds(3)); // three within a second: the app-wide limit
        var anyone = pacer.WaitTurnAsync("a:chat-5", CancellationToken.None);
        Assert.False(anyone.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(3));
        await held;
        await anyone;
    }
}
