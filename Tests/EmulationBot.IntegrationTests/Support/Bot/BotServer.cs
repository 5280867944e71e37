using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EmulationBot.IntegrationTests.Support.Bot;

/// <summary>
/// The real bot (its own Program) inside the test process, served by Kestrel on a free 127.0.0.1 port so
/// that other processes (the Playground) can reach it. Local mode: Development, no app id, so no auth.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration on top of appsettings.json, e.g. Storage:Kind / Storage:Folder.</param>
    /// <param name="services">Replacements for the bot's services (after its own registrations), e.g. a clock the test moves.</param>
    public BotServer(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _services = services;
        UseKestrel();
    }

    /// <summary>http://127.0.0.1:port/ once <see cref="Start"/> has run.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public string MessagesEndpoint => new Uri(BaseUri, "api/messages").ToString();

    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseUri = new Uri(address.TrimEnd('/') + "/");
        return BaseUri;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        // UseSetting reaches the configuration Program.cs reads while it registers services (before Build).
        // Port 0: Kestrel picks a free loopback port, read back in Start().
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("MicrosoftAppPassword", "");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }
}
