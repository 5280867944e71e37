using System.Collections.Concurrent;
using EmulationBot.Protocol;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol;

public class TypingIndicatorMiddlewareTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 4, 2, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<Activity> _sentNow = new();

    private TurnContext Turn(string type = ActivityTypes.Message)
    {
        var activity = TestUser.Default.Message("đăng ký");
        activity.Type = type;
        return new TurnContext(activity, CallerIdentity.Anonymous, (a, _) => { _sentNow.Enqueue(a); return Task.CompletedTask; });
    }

    [Fact]
    public async Task QuickTurn_ShowsNoTyping_AndLeavesNoTimer()
    {
        var middleware = new TypingIndicatorMiddleware(_clock);

        await middleware.OnTurnAsync(Turn(), _ => Task.CompletedTask, CancellationToken.None);

        Assert.Empty(_sentNow);
        Assert.Null(_clock.NextTimerIn);
    }

    [Fact]
    public async Task SlowTurn_ShowsTypingAfterTheDelay_RepeatsIt_AndStopsWhenTheTurnEnds()
    {
        var middleware = new TypingIndicatorMiddleware(_clock);
        var finish = new TaskCompletionSource();
        var turn = middleware.OnTurnAsync(Turn(), _ => finish.Task, CancellationToken.None);

        await _clock.WaitForTimerAsync();
        _clock.Advance(TypingIndicatorMiddleware.Delay);
        await WaitUntilAsync(() => _sentNow.Count == 1);
        _clock.Advance(TypingIndicatorMiddleware.Period);
        await WaitUntilAsync(() => _sentNow.Count == 2);
        finish.SetResult();
        await turn;
        _clock.Advance(TypingIndicatorMiddleware.Period * 3);

        Assert.Equal(2, _sentNow.Count);
        Assert.All(_sentNow, a => Assert.Equal(ActivityTypes.Typing, a.Type));
        Assert.Null(_clock.NextTimerIn);
    }

    [Fact]
    public async Task NotAMessage_ShowsNoTyping()
    {
        var middleware = new TypingIndicatorMiddleware(_clock);
        var finish = new TaskCompletionSource();

        var turn = middleware.OnTurnAsync(Turn(ActivityTypes.ConversationUpdate), _ => finish.Task, CancellationToken.None);
        _clock.Advance(TypingIndicatorMiddleware.Delay * 2);
        finish.SetResult();
        await turn;

        Assert.Empty(_sentNow);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The typing indicator was not sent.");
            await Task.Delay(5);
        }
    }
}
