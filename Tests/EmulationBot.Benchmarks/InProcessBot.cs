using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace EmulationBot.Benchmarks;

/// <summary>
/// The real bot in process for turn benchmarks: local mode (Development, no app id, so no token check), every real
/// service, the given storage kind in a temporary folder, and replies going nowhere.
/// </summary>
internal sealed class InProcessBot : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _dataFolder;

    public InProcessBot(string storageKind)
    {
        _dataFolder = Directory.CreateTempSubdirectory("emulationbot-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Kind"] = storageKind,
            ["Storage:Folder"] = _dataFolder,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEmulationBot(configuration, new LocalEnvironment(_dataFolder));
        services.AddSingleton<IConnectorClient, NullConnector>();
        _services = services.BuildServiceProvider();
        Adapter = _services.GetRequiredService<BotAdapter>();
    }

    public BotAdapter Adapter { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private sealed class LocalEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "EmulationBot";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>Every turn measured on its own: 1,000 of them after 200 warm-up turns, so the Median column is the median turn.</summary>
internal sealed class OneTurnPerMeasurement : ManualConfig
{
    public OneTurnPerMeasurement() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(200).WithIterationCount(1000).WithInvocationCount(1).WithUnrollFactor(1));
}
