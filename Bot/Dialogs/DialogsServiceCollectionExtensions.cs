using EmulationBot.Conversation;

namespace EmulationBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The dialog engine; features add their dialogs as <c>services.AddSingleton&lt;Dialog, MyDialog&gt;()</c>.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddSingleton<DialogSet>();
        services.AddSingleton<PromptRenderer>();
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<ITurnInterceptor>(sp => sp.GetRequiredService<DialogRunner>());
        return services;
    }
}
