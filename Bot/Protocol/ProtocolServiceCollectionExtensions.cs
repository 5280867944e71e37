using Microsoft.Extensions.DependencyInjection.Extensions;
using EmulationBot.Protocol.Auth;
using EmulationBot.Protocol.Connector;

namespace EmulationBot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework protocol: options and their start-up check, inbound authentication (off only in
    /// Development without an app id), the connector client, the adapter and the turn middleware.
    /// </summary>
    public static IServiceCollection AddBotFrameworkProtocol(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.Get<BotFrameworkOptions>() ?? new BotFrameworkOptions();
        var problems = options.Validate(environment.IsDevelopment());
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The bot cannot start: " + string.Join(" ", problems));
        }
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.Configure<BotAdapterOptions>(configuration.GetSection("Bot"));
        services.TryAddSingleton(TimeProvider.System);

        if (options.HasAppId)
        {
            services.AddBotFrameworkAuthentication(configuration);
        }
        else
        {
            services.AddSingleton<IRequestAuthenticator, LocalModeAuthenticator>();
            services.AddSingleton<IBotTokenProvider, AnonymousTokenProvider>();
        }

        services.AddSingleton<ServiceUrlTrust>();
        services.Configure<ConnectorRetryOptions>(configuration.GetSection(ConnectorRetryOptions.Section));
        services.AddTransient<ConnectorRetryHandler>();
        services.AddTransient<ConnectorAuthHandler>();
        // Retries outside, token inside: every attempt asks for a token (MSAL serves it from its cache until it
        // nears expiry). The client timeout bounds a call with all its retries.
        services.AddHttpClient<IConnectorClient, ConnectorClient>(http => http.Timeout = TimeSpan.FromSeconds(90))
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<ConnectorAuthHandler>();

        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<BotAdapter>();
        services.AddSingleton<IMiddleware, MentionStrippingMiddleware>();
        services.AddSingleton<IMiddleware, TypingIndicatorMiddleware>();
        return services;
    }

    /// <summary><c>POST /api/messages</c>, the Bot Framework messaging endpoint.</summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, BotAdapter adapter) => adapter.ProcessAsync(http));
        return endpoints;
    }
}
