using EmulationBot.Protocol.Connector;
using Microsoft.Identity.Client;

namespace EmulationBot.Protocol.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Inbound token validation and outbound tokens for a bot with an app id.</summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BotFrameworkAuthenticationOptions>(configuration.GetSection(BotFrameworkAuthenticationOptions.Section));

        // The key cache is a singleton holding this client, so connections are recycled by the handler itself
        // (DNS changes) rather than by the factory's handler rotation.
        services.AddHttpClient<OpenIdMetadataClient>(http =>
            {
                http.Timeout = TimeSpan.FromSeconds(15);
                http.MaxResponseContentBufferSize = 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<IRequestAuthenticator, BotFrameworkAuthenticator>();

        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<IBotTokenProvider, MsalTokenProvider>();
        return services;
    }
}
