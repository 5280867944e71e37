using System.Text;
using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using EmulationBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EmulationBot.Tests.Support;

/// <summary>
/// The real web host in memory (<see cref="WebApplicationFactory{TEntryPoint}"/>) with in-memory storage, every
/// outbound connector call captured by <see cref="Connector"/> and, when an app id is set, MSAL replaced by
/// <see cref="Tokens"/>. Settings go in as host settings, so Program sees them before it registers services.
/// </summary>
public sealed class BotWebApplicationFactory : WebApplicationFactory<Program>
{
    public const string AppId = TestTokens.AppId;
    private readonly string _environment;
    private readonly Dictionary<string, string> _settings;

    /// <param name="environment">Development (auth off without an app id) or any other environment name.</param>
    /// <param name="settings">Configuration on top of the defaults: Storage:Kind=Memory and an empty MicrosoftAppId.</param>
    public BotWebApplicationFactory(string environment = "Development", IDictionary<string, string>? settings = null)
    {
        _environment = environment;
        _settings = new(StringComparer.OrdinalIgnoreCase) { ["Storage:Kind"] = "Memory", ["MicrosoftAppId"] = "" };
        if (settings is not null) foreach (var (key, value) in settings) _settings[key] = value;
    }

    /// <summary>Auth on: the bot's app id set and the channel's keys read from <paramref name="channelKeys"/>.</summary>
    public static BotWebApplicationFactory WithAuthentication(PublishedKeySet channelKeys, string environment = "Production",
        IDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-msal-is-replaced",
            ["MicrosoftAppType"] = "MultiTenant",
            ["BotFrameworkAuthentication:ChannelOpenIdMetadataUrl"] = channelKeys.MetadataUrl,
            ["BotFrameworkAuthentication:EntraOpenIdMetadataUrl"] = channelKeys.MetadataUrl,
        };
        if (settings is not null) foreach (var (key, value) in settings) all[key] = value;
        return new BotWebApplicationFactory(environment, all);
    }

    /// <summary>Every request the bot made to a connector; answered 200 with a fresh id unless a test says otherwise.</summary>
    public RecordingHttpHandler Connector { get; } = new();

    /// <summary>
    /// Requests any other HttpClient of the app made (MSAL included); each one fails. The signing-key client keeps
    /// its own handler and reaches the local OpenID server.
    /// </summary>
    public RecordingHttpHandler Unexpected { get; } = new()
    {
        Responder = (request, _, _) => Task.FromException<HttpResponseMessage>(
            new InvalidOperationException($"Unexpected outbound call: {request.Method} {request.Uri}")),
    };

    /// <summary>Everything the app logged.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The outbound token source when an app id is set.</summary>
    public FakeBotTokenProvider Tokens { get; } = new();

    public IStorage Storage => Services.GetRequiredService<IStorage>();

    private bool HasAppId => _settings.TryGetValue("MicrosoftAppId", out var id) && id.Length > 0;

    /// <summary>The connector calls other than typing indicators.</summary>
    public List<RecordedRequest> ConnectorMessages() =>
        Connector.Requests.Where(r => r.Body is null || !r.Body.Contains("\"type\":\"typing\"", StringComparison.Ordinal)).ToList();

    /// <summary>POSTs <paramref name="activity"/> to /api/messages, with <paramref name="authorization"/> as the header when given.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? authorization = null) =>
        PostAsync(JsonSerializer.Serialize(activity, ProtocolJson.Wire.Activity), authorization);

    public async Task<HttpResponseMessage> PostAsync(string body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await CreateClient().SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            // Defaults apply before each client's own configuration, whatever the registration order.
            services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => Unexpected));
            services.AddHttpClient(nameof(IConnectorClient)).ConfigurePrimaryHttpMessageHandler(() => Connector);
            if (HasAppId) services.AddSingleton<IBotTokenProvider>(Tokens);
        });
    }
}
