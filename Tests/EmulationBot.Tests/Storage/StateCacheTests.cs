using System.Text;
using EmulationBot.Storage;

namespace EmulationBot.Tests.Storage;

public class StateCacheTests
{
    private static StoredItem Item(string text) => new(Encoding.UTF8.GetBytes(text), $"\"{text}\"");

    [Fact]
    public void OverCapacity_TheLeastRecentlyUsedTenthGoes_WhatWasJustReadStays()
    {
        var cache = new StateCache(capacity: 100);
        for (var i = 0; i < 100; i++) cache.Set($"users/{i}", Item($"v{i}"));
        Assert.True(cache.TryGet("users/0", out _)); // the oldest write, but read just now

        cache.Set("users/100", Item("v100"));

        Assert.InRange(cache.Count, 89, 91);
        Assert.True(cache.TryGet("users/0", out var kept));
        Assert.Equal("\"v0\"", kept.ETag);
        Assert.False(cache.TryGet("users/1", out _));
        Assert.True(cache.TryGet("users/100", out _));
        Assert.Equal(cache.Count, cache.CountedEntries);
    }

    [Fact]
    public void Replacing_DoesNotCountTwice_RemovingCounts()
    {
        var cache = new StateCache(capacity: 3);
        cache.Set("a", Item("1"));
        cache.Set("a", Item("2"));
        cache.Set("a", Item("3"));
        cache.Set("b", Item("1"));
        cache.Remove("b");
        cache.Remove("b");

        Assert.Equal(1, cache.CountedEntries);
        Assert.True(cache.TryGet("a", out var item));
        Assert.Equal("\"3\"", item.ETag);
    }

    [Fact]
    public async Task ManyWritersAtOnce_StayBounded_AndTheCountStaysExact()
    {
        var cache = new StateCache(capacity: 200);
        using var start = new Barrier(8);

        var writers = Enumerable.Range(0, 8).Select(w => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 5_000; i++)
            {
                var key = $"users/{w}-{i % 700}";
                cache.Set(key, Item($"{w}-{i}"));
                if (i % 5 == 0) cache.Remove($"users/{w}-{(i + 350) % 700}");
                cache.TryGet($"users/{(w + 1) % 8}-{i % 700}", out _);
            }
        }, TaskCreationOptions.LongRunning)).ToArray(); // own threads: the barrier must not wait for the pool to grow
        await Task.WhenAll(writers);

        Assert.InRange(cache.Count, 1, 2 * 200); // without eviction it would hold 5,600
        Assert.Equal(cache.Count, cache.CountedEntries);
    }
}
