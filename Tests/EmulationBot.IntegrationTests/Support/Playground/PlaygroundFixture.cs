using EmulationBot.IntegrationTests.Support.Bot;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>
/// The bot (in process, on a loopback port, file storage in a temp folder) and a Playground in front of it,
/// started once for a test collection or class and stopped at its end, failed tests included. Tests connect
/// their own <see cref="PlaygroundClient"/>; they share the bot's state, so a test must not rely on being the
/// first to talk to it (the welcome card, for one, comes only once per user).
/// </summary>
/// <remarks>Derive and override <see cref="ConfigureBot"/> to give the bot more settings (plans folder, clock …), and
/// <see cref="ConfigureServices"/> to replace services.</remarks>
public class PlaygroundFixture : IAsyncLifetime
{
    private BotServer? _bot;
    private PlaygroundHost? _playground;

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("emulationbot-e2e-").FullName;

    public BotServer Bot => _bot ?? throw new InvalidOperationException("The fixture has not started.");

    public PlaygroundHost Playground => _playground ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>A new user connection to the Playground (websockets open, ready for actions).</summary>
    public Task<PlaygroundClient> ConnectAsync() => PlaygroundClient.ConnectAsync(Playground.BaseUri);

    protected virtual void ConfigureBot(IDictionary<string, string?> settings)
    {
    }

    /// <summary>Replaces bot services after the bot registered its own (for example the clock).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Kind"] = "File",
            ["Storage:Folder"] = Path.Combine(DataFolder, "state"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Bot:FloodGuard:Burst"] = "100000", // scripted users click far faster than people
        };
        ConfigureBot(settings);
        try
        {
            _bot = new BotServer(settings, ConfigureServices);
            _bot.Start();
            _playground = await PlaygroundHost.StartAsync(_bot.MessagesEndpoint);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_playground is not null) await _playground.DisposeAsync();
        if (_bot is not null) await _bot.DisposeAsync();
        _playground = null;
        _bot = null;
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
