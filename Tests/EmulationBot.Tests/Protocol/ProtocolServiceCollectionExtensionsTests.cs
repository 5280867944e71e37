using System.Net;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Auth;
using EmulationBot.Protocol.Connector;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace EmulationBot.Tests.Protocol;

public class ProtocolServiceCollectionExtensionsTests
{
    private const string AppId = "7a1b2c3d-0000-4000-8000-00000000b07a";

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings, Action<IServiceCollection>? replace = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBotFrameworkProtocol(configuration, new HostingEnvironment { EnvironmentName = environment });
        replace?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, string?> WithAppId(string appType = "MultiTenant") => new()
    {
        ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "secret", ["MicrosoftAppType"] = appType,
    };

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Test")]
    public void Add_OutsideDevelopmentWithoutAppId_StopsStartUpNamingMicrosoftAppId(string environment)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(environment, []));

        Assert.Contains("MicrosoftAppId", error.Message);
    }

    [Fact]
    public void Add_DevelopmentWithoutAppId_TurnsAuthOff()
    {
        using var services = Build(Environments.Development, []);

        Assert.IsType<LocalModeAuthenticator>(services.GetRequiredService<IRequestAuthenticator>());
        Assert.False(services.GetRequiredService<IBotTokenProvider>().HasCredentials);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void Add_WithAppId_ValidatesTokensAndUsesMsal(string environment)
    {
        using var services = Build(environment, WithAppId());

        Assert.IsType<BotFrameworkAuthenticator>(services.GetRequiredService<IRequestAuthenticator>());
        Assert.IsType<MsalTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public void Add_SingleTenantWithoutTenant_StopsStartUpNamingMicrosoftAppTenantId()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build("Production", WithAppId("SingleTenant")));

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public void Add_MetadataUrls_AreReadFromConfiguration()
    {
        var settings = WithAppId();
        settings["BotFrameworkAuthentication:ChannelOpenIdMetadataUrl"] = "http://127.0.0.1:1/channel";
        settings["BotFrameworkAuthentication:EntraOpenIdMetadataUrl"] = "http://127.0.0.1:1/entra";
        using var services = Build("Production", settings);

        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotFrameworkAuthenticationOptions>>().Value;

        Assert.Equal("http://127.0.0.1:1/channel", options.ChannelOpenIdMetadataUrl);
        Assert.Equal("http://127.0.0.1:1/entra", options.EntraOpenIdMetadataUrl);
        Assert.Equal(TimeSpan.FromHours(12), options.KeyRefreshInterval);
    }

    [Fact]
    public async Task ConnectorClient_RetriedCall_AsksForATokenOnEveryAttempt()
    {
        var wire = new RecordingHttpHandler().AnswerInTurn(HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway);
        var tokens = new FakeBotTokenProvider();
        using var services = Build("Production", WithAppId(), s =>
        {
            s.AddSingleton<IBotTokenProvider>(tokens);
            s.AddSingleton<TimeProvider>(new InstantDelayClock(DateTimeOffset.UnixEpoch));
            s.AddHttpClient(nameof(IConnectorClient)).ConfigurePrimaryHttpMessageHandler(() => wire);
        });
        var activity = new Activity
        {
            Type = ActivityTypes.Message, ServiceUrl = "https://smba.trafficmanager.net/amer/", Conversation = new ConversationAccount { Id = "a:1" },
        };

        await services.GetRequiredService<IConnectorClient>().SendAsync(activity, CancellationToken.None);

        Assert.Equal(["Bearer test-token-1", "Bearer test-token-2", "Bearer test-token-3"], wire.Requests.Select(r => r.Authorization));
    }
}
