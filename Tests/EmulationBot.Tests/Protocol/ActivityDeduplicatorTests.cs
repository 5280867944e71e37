using EmulationBot.Protocol;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol;

public class ActivityDeduplicatorTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 4, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Redelivery_WithinTheWindow_RunsOnce_AfterIt_RunsAgain()
    {
        var seen = new ActivityDeduplicator(_clock);

        Assert.True(seen.TryBegin("msteams|a:1|1"));
        Assert.False(seen.TryBegin("msteams|a:1|1"));
        Assert.True(seen.TryBegin("msteams|a:1|2"));
        _clock.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));
        Assert.True(seen.TryBegin("msteams|a:1|1"));
    }

    [Fact]
    public void Forget_LetsAFailedTurnBeRetried()
    {
        var seen = new ActivityDeduplicator(_clock);
        seen.TryBegin("msteams|a:1|1");

        seen.Forget("msteams|a:1|1");

        Assert.True(seen.TryBegin("msteams|a:1|1"));
    }

    [Fact]
    public void OverTheCap_ExpiredEntriesGoFirst_ThenTheOldestHalf()
    {
        var seen = new ActivityDeduplicator(_clock, maxEntries: 10);
        for (var i = 0; i < 6; i++) seen.TryBegin($"old-{i}");
        _clock.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));
        for (var i = 0; i < 5; i++)
        {
            seen.TryBegin($"new-{i}");
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        seen.TryBegin("new-5"); // 11 > 10: the 6 expired ones go

        Assert.Equal(6, seen.Count);
        Assert.False(seen.TryBegin("new-0"));
        for (var i = 6; i < 12; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            seen.TryBegin($"new-{i}");
        }
        Assert.InRange(seen.Count, 6, 11);    // 11 within the window: the oldest half went
        Assert.False(seen.TryBegin("new-11")); // the newest is remembered
        Assert.True(seen.TryBegin("new-0"));   // the oldest was forgotten
    }

    [Fact]
    public async Task ManyTurnsAtOnce_OverTheCap_NeverFail_AndStayBounded()
    {
        // Turns from many threads push the map over its cap again and again while others prune it (a soak run once
        // hit an ArgumentNullException here: pruning sorted the live map while entries were being removed).
        var seen = new ActivityDeduplicator(_clock, maxEntries: 500);
        using var start = new Barrier(8);

        var workers = Enumerable.Range(0, 8).Select(w => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 5_000; i++)
            {
                Assert.True(seen.TryBegin($"w{w}-{i}"));
                if (i % 3 == 0) seen.Forget($"w{w}-{i}");
            }
        }, TaskCreationOptions.LongRunning)).ToArray(); // own threads: the barrier must not wait for the pool to grow
        await Task.WhenAll(workers);

        Assert.InRange(seen.Count, 1, 2 * 500); // without pruning it would hold over 26,000
        Assert.Equal(seen.Count, seen.CountedEntries); // the cheap counter the cap is checked against stays exact
    }

    [Fact]
    public async Task RedeliveriesAfterTheWindow_ArrivingTogether_OnlyOneRuns()
    {
        var seen = new ActivityDeduplicator(_clock);
        var keys = Enumerable.Range(0, 200).Select(i => $"msteams|a:1|{i}").ToArray();
        foreach (var key in keys) seen.TryBegin(key);

        // The race is narrow, so it is given many chances: each round, 8 threads redeliver all 200 ids at once.
        for (var round = 0; round < 20; round++)
        {
            _clock.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));
            using var start = new Barrier(8);
            var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                return keys.Where(seen.TryBegin).ToArray();
            }, TaskCreationOptions.LongRunning)));

            var started = runs.SelectMany(r => r).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(keys, key => Assert.Equal(1, started.GetValueOrDefault(key)));
        }
    }
}
