using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The turn: state per user and conversation, language, routing, cards and polite failure answers.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LocalizationOptions>(configuration.GetSection("Localization"));
        services.Configure<FloodGuardOptions>(configuration.GetSection("Bot:FloodGuard"));
        services.AddSingleton<Protocol.IMiddleware, FloodGuardMiddleware>();
        services.AddSingleton<Strings>();
        services.AddSingleton<LanguageResolver>();
        services.AddSingleton<CardFactory>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<TurnRouter>();
        services.AddSingleton<TurnApology>();
        services.AddSingleton<ITurnErrorHandler>(sp => sp.GetRequiredService<TurnApology>());
        services.AddSingleton<IBot, ConversationBot>();
        services.AddSingleton<IBotCommand, LanguageCommand>();
        return services;
    }
}
