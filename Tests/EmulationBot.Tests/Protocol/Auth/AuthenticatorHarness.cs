using EmulationBot.Protocol;
using EmulationBot.Protocol.Auth;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Protocol.Auth;

/// <summary>A <see cref="BotFrameworkAuthenticator"/> reading its keys from the local OpenID server, on a manual clock.</summary>
public sealed class AuthenticatorHarness : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly HttpClient _http = new();

    public AuthenticatorHarness(OpenIdTestServer server, string? botTenantId = null)
    {
        ChannelKey = new TestSigningKey("channel-key-1", "msteams", "webchat");
        EntraKey = new TestSigningKey("entra-key-1");
        Channel = server.Publish(ChannelKey);
        Entra = server.Publish(EntraKey);
        Settings = new BotFrameworkAuthenticationOptions
        {
            ChannelOpenIdMetadataUrl = Channel.MetadataUrl,
            GovernmentChannelOpenIdMetadataUrl = Channel.MetadataUrl,
            EntraOpenIdMetadataUrl = Entra.MetadataUrl,
        };
        var bot = new BotFrameworkOptions { MicrosoftAppId = TestTokens.AppId, MicrosoftAppPassword = "unused", MicrosoftAppTenantId = botTenantId };
        var cache = new SigningKeyCache(new OpenIdMetadataClient(_http), Options.Create(Settings), Clock,
            NullLogger<SigningKeyCache>.Instance);
        Authenticator = new BotFrameworkAuthenticator(Options.Create(bot), Options.Create(Settings),
            cache, Clock, NullLogger<BotFrameworkAuthenticator>.Instance);
    }

    public ManualClock Clock { get; } = new(Start);
    public TestSigningKey ChannelKey { get; }
    public TestSigningKey EntraKey { get; }
    public PublishedKeySet Channel { get; }
    public PublishedKeySet Entra { get; }
    public BotFrameworkAuthenticationOptions Settings { get; }
    public BotFrameworkAuthenticator Authenticator { get; }

    public static Activity Activity(string channelId = "msteams", string serviceUrl = ServiceUrl) =>
        new() { Type = ActivityTypes.Message, Id = "1", ChannelId = channelId, ServiceUrl = serviceUrl, Text = "hi" };

    public Task<AuthenticationResult> AuthenticateAsync(string? header, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(header, activity ?? Activity(), CancellationToken.None);

    /// <summary>Authenticates a channel token signed by <see cref="ChannelKey"/> with the given claims.</summary>
    public Task<AuthenticationResult> AuthenticateChannelAsync(System.Text.Json.Nodes.JsonObject claims, Activity? activity = null) =>
        AuthenticateAsync(TestTokens.Bearer(TestTokens.Sign(ChannelKey, claims)), activity);

    public System.Text.Json.Nodes.JsonObject ChannelClaims() => TestTokens.ChannelClaims(Clock.GetUtcNow(), ServiceUrl);

    /// <summary>Refused, anonymous, and for the expected reason (so each test pins the check that refused it).</summary>
    public static void AssertFailed(AuthenticationResult result, string reason)
    {
        Assert.False(result.Succeeded);
        Assert.False(result.Caller.IsAuthenticated);
        Assert.Contains(reason, result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        _http.Dispose();
        ChannelKey.Dispose();
        EntraKey.Dispose();
    }
}
