using EmulationBot.Plans.Folder;
using EmulationBot.Plans.Store;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>
/// A bot and Playground whose <c>Plans:Folder</c> holds the two test plans of the question tests
/// (Tests/EmulationBot.Tests/Data/Questions/Plans); ready once the bot has published both.
/// </summary>
public sealed class PlaygroundPlansFixture : PlaygroundFixture
{
    public static string PlansFolder => Path.Combine(RepoPaths.Root, "Tests", "EmulationBot.Tests", "Data", "Questions", "Plans");

    protected override void ConfigureBot(IDictionary<string, string?> settings) => settings["Plans:Folder"] = PlansFolder;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var expected = Directory.GetFiles(PlansFolder).Length;
        var catalog = Bot.Services.GetRequiredService<IPlanCatalog>();
        var watcher = Bot.Services.GetRequiredService<PlanFolderWatcher>();
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var count = 0;
        watcher.Processed += _ =>
        {
            if (Interlocked.Increment(ref count) >= expected) handled.TrySetResult();
        };
        // The folder may have been read before this subscription: the catalog tells.
        if ((await catalog.ListPublishedAsync()).Count < expected) await handled.Task.WaitAsync(TimeSpan.FromMinutes(1));
    }
}
