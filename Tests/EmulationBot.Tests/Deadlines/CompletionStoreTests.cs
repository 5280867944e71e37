using EmulationBot.Deadlines;
using EmulationBot.Storage;

namespace EmulationBot.Tests.Deadlines;

public class CompletionStoreTests
{
    private static Completion Done(string key, CompletionSource source, int minute) =>
        new() { Key = key, ObligationId = key, Source = source, By = "an", At = new DateTimeOffset(2025, 5, 20, 2, minute, 0, TimeSpan.Zero), ReportKey = source == CompletionSource.Report ? $"r{minute}" : null };

    [Fact]
    public async Task MarkDone_KeepsOneRecordPerOccurrence_PerPlanAndUnit()
    {
        var store = new CompletionStore(new MemoryStorage());

        await store.MarkDoneAsync("p", "u1", Done("o2", CompletionSource.Report, 1), CancellationToken.None);
        await store.MarkDoneAsync("p", "u1", Done("o3", CompletionSource.Marked, 2), CancellationToken.None);

        Assert.True(await store.IsDoneAsync("p", "u1", "o2", CancellationToken.None));
        Assert.True(await store.IsDoneAsync("p", "u1", "o3", CancellationToken.None));
        Assert.False(await store.IsDoneAsync("p", "u2", "o2", CancellationToken.None));
        Assert.False(await store.IsDoneAsync("q", "u1", "o2", CancellationToken.None));
    }

    [Fact]
    public async Task MarkDone_ANewerReportReplaces_AMarkNeverReplacesAReport()
    {
        var store = new CompletionStore(new MemoryStorage());
        await store.MarkDoneAsync("p", "u", Done("o2", CompletionSource.Report, 1), CancellationToken.None);
        await store.MarkDoneAsync("p", "u", Done("o2", CompletionSource.Report, 5), CancellationToken.None);
        await store.MarkDoneAsync("p", "u", Done("o2", CompletionSource.Marked, 9), CancellationToken.None);

        var entry = (await store.GetAsync("p", "u", CancellationToken.None))!.Entries["o2"];
        Assert.Equal((CompletionSource.Report, "r5"), (entry.Source, entry.ReportKey));
    }

    [Fact]
    public async Task MarkDone_ConcurrentWriters_LoseNothing()
    {
        var store = new CompletionStore(new MemoryStorage());

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.MarkDoneAsync("p", "u", Done($"o{i}", CompletionSource.Marked, i), CancellationToken.None))));

        Assert.Equal(20, (await store.GetAsync("p", "u", CancellationToken.None))!.Entries.Count);
    }
}
