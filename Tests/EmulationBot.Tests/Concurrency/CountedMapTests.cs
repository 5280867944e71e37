using EmulationBot.Concurrency;

namespace EmulationBot.Tests.Concurrency;

public class CountedMapTests
{
    [Fact]
    public void AddsAndRemoves_AreCountedOnce()
    {
        var map = new CountedMap<string, int>(StringComparer.Ordinal);

        Assert.True(map.TryAdd("a", 1));
        Assert.False(map.TryAdd("a", 2));
        Assert.Equal(1, map.GetOrAdd("a", 3));
        Assert.Equal(4, map.GetOrAdd("b", 4));
        Assert.True(map.TryUpdate("b", 5, 4));
        Assert.False(map.TryRemove("b", 4)); // no longer holds 4
        Assert.True(map.TryRemove("b", 5));
        Assert.False(map.TryRemove("b"));

        Assert.Equal(1, map.Count);
        Assert.Equal(map.ExactCount, map.Count);
    }

    [Fact]
    public async Task ManyThreadsAddingAndRemovingTheSameKeys_KeepTheCountExact()
    {
        var map = new CountedMap<int, int>();
        using var start = new Barrier(8);

        var workers = Enumerable.Range(0, 8).Select(w => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 20_000; i++)
            {
                var key = i % 64;
                switch ((i + w) % 4)
                {
                    case 0: map.TryAdd(key, w); break;
                    case 1: map.GetOrAdd(key, w); break;
                    case 2: map.TryRemove(key); break;
                    default: if (map.TryGetValue(key, out var value)) map.TryRemove(key, value); break;
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray(); // own threads: the barrier must not wait for the pool to grow
        await Task.WhenAll(workers);

        Assert.Equal(map.ExactCount, map.Count);
        Assert.Equal(map.Count(), map.Count); // the walk sees as many as are counted
    }
}
