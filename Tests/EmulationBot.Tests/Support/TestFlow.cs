using EmulationBot.Protocol;

namespace EmulationBot.Tests.Support;

/// <summary>A scripted conversation: send, then assert on the replies of that turn.</summary>
/// <example><code>
/// await bot.Flow().Send("tro giup").AssertReplyContains("Tôi có thể giúp gì").RunAsync();
/// </code></example>
public sealed class TestFlow(TestBot bot, TestUser user)
{
    private readonly List<Func<Task>> _steps = [];
    private List<Activity> _last = [];

    public TestFlow Send(string text) => Step(async () => _last = await bot.SendTextAsync(text, user));

    public TestFlow Submit(object value) => Step(async () => _last = await bot.SubmitAsync(value, user));

    public TestFlow Install() => Step(async () => _last = await bot.InstallAsync(user));

    public TestFlow AssertReplyContains(string expected) => Step(() =>
    {
        var all = _last.AllText();
        Assert.True(all.Contains(expected, StringComparison.Ordinal), $"Expected a reply containing «{expected}», got:\n{all}");
        return Task.CompletedTask;
    });

    public TestFlow AssertReplyNotContains(string unexpected) => Step(() =>
    {
        var all = _last.AllText();
        Assert.False(all.Contains(unexpected, StringComparison.Ordinal), $"Did not expect «{unexpected}» in:\n{all}");
        return Task.CompletedTask;
    });

    public TestFlow AssertCard() => Step(() =>
    {
        Assert.True(_last.Cards().Any(), $"Expected a card, got:\n{_last.AllText()}");
        return Task.CompletedTask;
    });

    public TestFlow AssertReplies(Action<List<Activity>> check) => Step(() =>
    {
        check(_last);
        return Task.CompletedTask;
    });

    public async Task RunAsync()
    {
        foreach (var step in _steps) await step();
    }

    private TestFlow Step(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }
}
