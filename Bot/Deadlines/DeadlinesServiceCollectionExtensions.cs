using EmulationBot.Conversation;
using EmulationBot.Plans.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmulationBot.Deadlines;

public static class DeadlinesServiceCollectionExtensions
{
    /// <summary>"Hạn sắp tới": the personal deadlines list, its "Đã xong" button, and the pieces the other flows share.</summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddDeadlineCore();
        services.AddSingleton<DeadlineBoard>();
        services.AddSingleton<DeadlineCards>();
        services.AddSingleton<DeadlinesPresenter>();
        services.AddSingleton<Dialogs.Dialog, DeadlinesDialog>();
        services.AddSingleton<IBotCommand, DeadlinesCommand>();
        services.AddSingleton<ICardActionHandler, MarkDoneAction>();
        services.AddSingleton(new HelpTopic("deadlines", "deadlines.topic.title", "deadlines.topic.description", "deadlines.topic.example", 30));
        return services;
    }

    /// <summary>What registrations, reports and deadlines share: published plans without a read per turn, and completion records.</summary>
    internal static IServiceCollection AddDeadlineCore(this IServiceCollection services)
    {
        // The plans feature registers the catalog too; whichever comes first, there is one.
        services.TryAddSingleton<PlanCatalog>();
        services.TryAddSingleton<IPlanCatalog>(sp => sp.GetRequiredService<PlanCatalog>());
        services.TryAddSingleton<PublishedPlans>();
        services.TryAddSingleton<CompletionStore>();
        return services;
    }
}
