using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using EmulationBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace EmulationBot.Tests.Support;

/// <summary>
/// The real bot — every service, the adapter and the middleware — run in memory over a <see cref="MemoryStorage"/>
/// and a <see cref="RecordingConnector"/>, in the spirit of the Bot Framework's TestAdapter. <see cref="RestartAsync"/>
/// builds a new bot over the same storage, as a process restart would.
/// </summary>
public sealed class TestBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configure;
    private int _nextActivityId;

    private TestBot(IStorage storage, TimeProvider clock, Dictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        Storage = storage;
        Clock = clock;
        _settings = settings;
        _configure = configure;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEmulationBot(configuration, new TestEnvironment());
        services.AddSingleton(storage);
        services.AddSingleton<IConnectorClient>(Connector);
        services.AddSingleton(clock);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static TestBot Create(IStorage? storage = null, TimeProvider? clock = null,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        // Tests type far faster than people: the flood guard is relaxed unless a test sets it.
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["Storage:Kind"] = "Memory", ["Bot:FloodGuard:Burst"] = "100000" };
        if (settings is not null) foreach (var (k, v) in settings) all[k] = v;
        return new TestBot(storage ?? new MemoryStorage(), clock ?? TimeProvider.System, all, configure);
    }

    public IStorage Storage { get; }
    public TimeProvider Clock { get; }
    public RecordingConnector Connector { get; } = new();
    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A new bot over the same storage and clock (empty caches), as after a process restart.</summary>
    public async Task<TestBot> RestartAsync()
    {
        await DisposeAsync();
        return new TestBot(Storage, Clock, _settings, _configure);
    }

    public TestFlow Flow(TestUser? user = null) => new(this, user ?? TestUser.Default);

    /// <summary>Runs one activity through the adapter; returns the HTTP-level result and the messages the bot sent.</summary>
    public async Task<(TurnResult Result, List<Activity> Replies)> ProcessAsync(Activity activity)
    {
        activity.Id ??= $"act-{Interlocked.Increment(ref _nextActivityId)}";
        var result = await Get<BotAdapter>().ProcessActivityAsync(activity, CallerIdentity.Anonymous, CancellationToken.None);
        return (result, Connector.Drain());
    }

    public async Task<List<Activity>> SendTextAsync(string text, TestUser? user = null) =>
        (await ProcessAsync((user ?? TestUser.Default).Message(text))).Replies;

    /// <summary>An Action.Submit press: a message whose value is the card's data plus inputs.</summary>
    public async Task<List<Activity>> SubmitAsync(object value, TestUser? user = null, string? replyToId = null)
    {
        var activity = (user ?? TestUser.Default).Message(null);
        activity.Value = JsonSerializer.SerializeToElement(value);
        activity.ReplyToId = replyToId;
        return (await ProcessAsync(activity)).Replies;
    }

    /// <summary>An Action.Execute press: an adaptiveCard/action invoke.</summary>
    public async Task<(TurnResult Result, List<Activity> Replies)> ExecuteAsync(string verb, object data, TestUser? user = null)
    {
        var activity = (user ?? TestUser.Default).Activity(ActivityTypes.Invoke);
        activity.Name = AdaptiveCardInvokeValue.InvokeName;
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" });
        return await ProcessAsync(activity);
    }

    public async Task<List<Activity>> InstallAsync(TestUser? user = null)
    {
        var activity = (user ?? TestUser.Default).Activity(ActivityTypes.InstallationUpdate);
        activity.Action = "add";
        return (await ProcessAsync(activity)).Replies;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "EmulationBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
