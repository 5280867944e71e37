using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Storage;

public class SharedRefreshTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetAsync_ConcurrentCallersOfAStaleValue_ShareOneLoad()
    {
        var cache = new SharedRefresh<string>(new ManualClock(Start), TimeSpan.FromSeconds(30));
        var loads = 0;
        var gate = new TaskCompletionSource<string>();
        Task<string> Load(CancellationToken _) { Interlocked.Increment(ref loads); return gate.Task; }

        var callers = Enumerable.Range(0, 16).Select(_ => cache.GetAsync(Load, CancellationToken.None)).ToList();
        gate.SetResult("v1");

        Assert.All(await Task.WhenAll(callers), v => Assert.Equal("v1", v));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task GetAsync_AfterTheLifetimeOrAnInvalidate_LoadsAgain()
    {
        var clock = new ManualClock(Start);
        var cache = new SharedRefresh<string>(clock, TimeSpan.FromSeconds(30));
        var loads = 0;
        Task<string> Load(CancellationToken _) => Task.FromResult($"v{Interlocked.Increment(ref loads)}");

        Assert.Equal("v1", await cache.GetAsync(Load, CancellationToken.None));
        Assert.Equal("v1", await cache.GetAsync(Load, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("v2", await cache.GetAsync(Load, CancellationToken.None));
        cache.Invalidate();
        Assert.Equal("v3", await cache.GetAsync(Load, CancellationToken.None));
        cache.Set("mine");
        Assert.Equal("mine", await cache.GetAsync(Load, CancellationToken.None));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ALoadStartedBeforeAnInvalidateOrSet_DoesNotOverwriteWhatCameAfter(bool set)
    {
        var cache = new SharedRefresh<string>(new ManualClock(Start), TimeSpan.FromSeconds(30));
        var stale = new TaskCompletionSource<string>();
        var early = cache.GetAsync(_ => stale.Task, CancellationToken.None); // e.g. a turn reading the plan list

        if (set) cache.Set("published"); // meanwhile this instance publishes
        else cache.Invalidate();
        var later = cache.GetAsync(_ => Task.FromResult("published"), CancellationToken.None);
        stale.SetResult("before the publish");                                // the early read ends last

        Assert.Equal("before the publish", await early);
        Assert.Equal("published", await later);
        Assert.Equal("published", await cache.GetAsync(_ => Task.FromResult("not read again"), CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_AFailedLoad_IsNotKept()
    {
        var cache = new SharedRefresh<string>(new ManualClock(Start), TimeSpan.FromSeconds(30));
        var fail = true;
        Task<string> Load(CancellationToken _) => fail ? Task.FromException<string>(new StorageUnavailableException("down")) : Task.FromResult("ok");

        await Assert.ThrowsAsync<StorageUnavailableException>(() => cache.GetAsync(Load, CancellationToken.None));
        fail = false;
        Assert.Equal("ok", await cache.GetAsync(Load, CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_OneCallerCancelling_DoesNotCancelTheSharedLoad()
    {
        var cache = new SharedRefresh<string>(new ManualClock(Start), TimeSpan.FromSeconds(30));
        var gate = new TaskCompletionSource<string>();
        using var cancelled = new CancellationTokenSource();
        var impatient = cache.GetAsync(_ => gate.Task, cancelled.Token);
        var patient = cache.GetAsync(_ => gate.Task, CancellationToken.None);
        await cancelled.CancelAsync();
        gate.SetResult("v");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.Equal("v", await patient);
    }
}
