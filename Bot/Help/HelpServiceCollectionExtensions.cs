using EmulationBot.Conversation;
using EmulationBot.Welcome;

namespace EmulationBot.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>The welcome card on install, the help card, and the polite fallback.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services)
    {
        services.AddSingleton<HelpCatalog>();
        services.AddSingleton<HelpCommand>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<HelpCommand>());
        services.AddSingleton(new HelpTopic("help", "help.topic.title", "help.topic.description", "help.topic.example", 90));
        services.AddSingleton<FallbackHandler>();
        services.AddSingleton<IFallbackHandler>(sp => sp.GetRequiredService<FallbackHandler>());
        services.AddSingleton<IConversationEventHandler, WelcomeHandler>();
        return services;
    }
}
