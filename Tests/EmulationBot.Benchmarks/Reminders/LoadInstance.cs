using EmulationBot.Protocol.Connector;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EmulationBot.Benchmarks.Reminders;

/// <summary>
/// One bot instance of the load run, in process: every real service (scheduler, journal, pacing, the connector client
/// with its retry handler) over the shared store and lease manager, its connector calls going to the mock Teams service.
/// </summary>
public sealed class LoadInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public LoadInstance(string name, IStorage storage, ILeaseManager leases, MockTeamsService teams, TimeProvider clock, IDictionary<string, string?> settings)
    {
        Name = name;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEmulationBot(configuration, new LoadEnvironment());
        services.AddSingleton(clock);
        services.AddSingleton<IStorage>(new KilledStorage(storage, Kill));
        services.AddSingleton<ILeaseManager>(new KilledLeaseManager(leases, Kill));
        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new MockConnectorHandler(teams, Kill))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        _services = services.BuildServiceProvider();
        Scheduler = _services.GetServices<IHostedService>().OfType<ReminderScheduler>().Single();
    }

    public string Name { get; }
    public KillSwitch Kill { get; } = new();
    public ReminderScheduler Scheduler { get; }
    public ReminderSchedulerStatus Status => _services.GetRequiredService<ReminderSchedulerStatus>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task StartAsync() => Scheduler.StartAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await Scheduler.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }
        await _services.DisposeAsync();
    }

    private sealed class LoadEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "EmulationBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
