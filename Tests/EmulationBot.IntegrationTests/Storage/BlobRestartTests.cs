using System.Collections.Concurrent;
using System.Text;
using EmulationBot.IntegrationTests.Support;
using EmulationBot.Storage;

namespace EmulationBot.IntegrationTests.Storage;

// Its own Azurite, because this test stops and restarts it.
public sealed class BlobRestartTests(AzuriteServer azurite) : IClassFixture<AzuriteServer>
{
    [Fact]
    public async Task AzuriteRestartMidStream_AcknowledgedWritesSurviveAndSameStoreRecovers()
    {
        await using var services = BlobStores.Services(azurite.ConnectionString, BlobStores.NewContainer("restart"),
            new Dictionary<string, string?> { ["Storage:MaxRetries"] = "1" });
        var storage = services.Storage();
        var acknowledged = new ConcurrentDictionary<int, string>();
        var failures = 0;
        var twentyBeforeStop = Signal();
        var outageSeen = Signal();
        var twentyAfterRestart = Signal();
        var restarted = false;
        var afterRestart = 0;
        using var stop = new CancellationTokenSource();

        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested;)
            {
                var value = $"{{\"n\":{i},\"note\":\"Báo cáo số {i}\"}}";
                try
                {
                    await storage.WriteAsync($"stream/{i:D5}", Encoding.UTF8.GetBytes(value), ETagRule.Any);
                }
                catch (StorageUnavailableException)
                {
                    Interlocked.Increment(ref failures);
                    outageSeen.TrySetResult();
                    continue; // the same write again, as a user pressing "try again" would
                }
                acknowledged[i] = value;
                if (acknowledged.Count >= 20) twentyBeforeStop.TrySetResult();
                if (Volatile.Read(ref restarted) && Interlocked.Increment(ref afterRestart) >= 20) twentyAfterRestart.TrySetResult();
                i++;
            }
        });

        await twentyBeforeStop.Task;
        await azurite.StopAsync();
        await outageSeen.Task;
        await azurite.StartAsync();
        Volatile.Write(ref restarted, true);
        await twentyAfterRestart.Task;
        await stop.CancelAsync();
        await writer;

        Assert.True(failures > 0);
        foreach (var (i, value) in acknowledged)
        {
            var item = await storage.ReadAsync($"stream/{i:D5}");
            Assert.True(item is not null, $"acknowledged write {i} is missing after the restart");
            Assert.Equal(value, Encoding.UTF8.GetString(item.Content.Span));
        }
        Assert.Equal(acknowledged.Keys.Order(), Enumerable.Range(0, acknowledged.Count));
    }

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
