using System.Collections.Concurrent;
using EmulationBot.IntegrationTests.Support;
using EmulationBot.Storage;

namespace EmulationBot.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobConcurrencyTests(AzuriteServer azurite)
{
    public sealed record Counter(int Count);

    [Fact]
    public async Task FiftyParallelWriters_ReadModifyWriteWithETagRetry_CountExactlyFifty()
    {
        var container = BlobStores.NewContainer("counter");
        // Two "instances" sharing the container, as two scaled-out bots would.
        await using var first = BlobStores.Services(azurite.ConnectionString, container);
        await using var second = BlobStores.Services(azurite.ConnectionString, container);
        IStorage[] instances = [first.Storage(), second.Storage()];
        var written = new ConcurrentBag<int>();
        using var start = new ManualResetEventSlim(false);

        var writers = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            start.Wait();
            var result = await instances[i % 2].UpdateAsync<Counter>("counters/reports",
                current => new Counter((current?.Count ?? 0) + 1), attempts: 500);
            written.Add(result!.Value.Count);
        })).ToList();
        start.Set();
        await Task.WhenAll(writers);

        var final = await instances[0].ReadAsync<Counter>("counters/reports");
        Assert.Equal(50, final!.Value.Count);
        // Every successful write saw a distinct predecessor: no update was lost or applied twice.
        Assert.Equal(Enumerable.Range(1, 50), written.Order());
    }
}
