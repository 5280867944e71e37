using EmulationBot.Plans.Folder;
using EmulationBot.Plans.Store;
using EmulationBot.Storage;
using EmulationBot.Tests.Plans.Support;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EmulationBot.Tests.Plans.Folder;

public sealed class PlanFolderWatcherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plans-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Scan_AtStartUp_PublishesEveryPlanFileAndReportsTheRest()
    {
        File.WriteAllBytes(Path.Combine(_folder, SamplePlans.HaTinh), SamplePlans.Bytes(SamplePlans.HaTinh));
        File.WriteAllBytes(Path.Combine(_folder, "quangtri.docx"), SamplePlans.QuangTri());
        File.WriteAllText(Path.Combine(_folder, "ghi-chu.txt"), "Ghi chú nội bộ, không phải kế hoạch.");
        File.WriteAllText(Path.Combine(_folder, "anh.png"), "ignored: not a plan file type");
        File.WriteAllText(Path.Combine(_folder, "~$tam.docx"), "Word's lock file");
        await using var bot = Bot();

        var results = await bot.Get<PlanFolderWatcher>().ScanAsync(CancellationToken.None);

        Assert.Equal(3, results.Count);
        Assert.Equal(PlanFolderOutcome.Failed, results.Single(r => r.FileName == "ghi-chu.txt").Outcome);
        Assert.Equal(["ha-tinh-125-kh-skhcn-2025", "quang-tri-47-kh-skhcn-2024"], (await bot.Get<IPlanCatalog>().ListPublishedAsync()).Select(p => p.Id).Order());
    }

    [Fact]
    public async Task Scan_SameFilesAfterARestart_AddsNoRevisionAndKeepsTheOfficesCorrections()
    {
        File.WriteAllBytes(Path.Combine(_folder, "kh.md"), SamplePlans.Bytes(SamplePlans.HaTinh));
        var storage = new MemoryStorage();
        await using (var first = Bot(storage))
        {
            await first.Get<PlanFolderWatcher>().ScanAsync(CancellationToken.None);
            var published = (await first.Get<IPlanCatalog>().GetAsync("ha-tinh-125-kh-skhcn-2025"))!.Plan;
            await first.Get<PlanPublisher>().PublishAsync(published with { Theme = "Đã sửa bởi Văn phòng" }, "office", "review", CancellationToken.None);
        }
        await using var second = Bot(storage);

        var results = await second.Get<PlanFolderWatcher>().ScanAsync(CancellationToken.None);

        Assert.Equal(PlanFolderOutcome.Unchanged, Assert.Single(results).Outcome);
        var current = (await second.Get<IPlanCatalog>().GetAsync("ha-tinh-125-kh-skhcn-2025"))!;
        Assert.Equal(2, current.Revision);
        Assert.Equal("Đã sửa bởi Văn phòng", current.Plan.Theme);
    }

    [Fact]
    public async Task Watcher_FileChangedWhileRunning_IsTakenInAgainAsANewRevision()
    {
        var path = Path.Combine(_folder, "kh.md");
        File.WriteAllBytes(path, SamplePlans.Bytes(SamplePlans.HaTinh));
        await using var bot = Bot(debounce: "50");
        var watcher = bot.Get<PlanFolderWatcher>();
        var published = new TaskCompletionSource<PlanFolderResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        watcher.Processed += r =>
        {
            if (Interlocked.Increment(ref seen) > 1 && r.Outcome == PlanFolderOutcome.Published) published.TrySetResult(r);
        };
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Processed += _ => started.TrySetResult();
        await watcher.StartAsync(CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        File.WriteAllText(path, File.ReadAllText(SamplePlans.Path(SamplePlans.HaTinh)).Replace("25/3/2025", "26/3/2025", StringComparison.Ordinal));
        var result = await published.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await watcher.StopAsync(CancellationToken.None);

        Assert.Equal(2, result.Revision);
        var plan = (await bot.Get<IPlanCatalog>().GetAsync("ha-tinh-125-kh-skhcn-2025"))!.Plan;
        Assert.Equal("2025-03-26", plan.FindObligation("o1")!.Due!.Value.ToIso());
    }

    [Fact]
    public async Task Readiness_StartingUntilThePlansInTheFolderArePublished()
    {
        File.WriteAllBytes(Path.Combine(_folder, "kh.md"), SamplePlans.Bytes(SamplePlans.HaTinh));
        await using var bot = Bot();
        var watcher = bot.Get<PlanFolderWatcher>();
        var readiness = new PlanFolderReadiness(watcher);

        var before = await readiness.CheckHealthAsync(new HealthCheckContext());
        await watcher.StartAsync(CancellationToken.None);
        await watcher.StartUpScan.WaitAsync(TimeSpan.FromSeconds(30));
        var after = await readiness.CheckHealthAsync(new HealthCheckContext());
        var published = await bot.Get<IPlanCatalog>().ListPublishedAsync();
        await watcher.StopAsync(CancellationToken.None);

        Assert.Equal((HealthStatus.Unhealthy, HealthStatus.Healthy), (before.Status, after.Status));
        Assert.Equal("ha-tinh-125-kh-skhcn-2025", Assert.Single(published).Id);
    }

    [Fact]
    public async Task Readiness_NoFolderConfigured_ReadyOnceStarted()
    {
        await using var bot = TestBot.Create();
        var watcher = bot.Get<PlanFolderWatcher>();

        await watcher.StartAsync(CancellationToken.None);
        await watcher.StartUpScan.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HealthStatus.Healthy, (await new PlanFolderReadiness(watcher).CheckHealthAsync(new HealthCheckContext())).Status);
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Watcher_NoFolderConfigured_DoesNothing()
    {
        await using var bot = TestBot.Create();
        Assert.Empty(await bot.Get<PlanFolderWatcher>().ScanAsync(CancellationToken.None));
    }

    private TestBot Bot(IStorage? storage = null, string debounce = "1500") =>
        TestBot.Create(storage, settings: new Dictionary<string, string?> { ["Plans:Folder"] = _folder, ["Plans:FolderDebounceMilliseconds"] = debounce });
}
