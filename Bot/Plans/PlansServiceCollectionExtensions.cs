using EmulationBot.Conversation;
using EmulationBot.Plans.Commands;
using EmulationBot.Plans.Folder;
using EmulationBot.Plans.Ingestion;
using EmulationBot.Plans.Review;
using EmulationBot.Plans.Store;
using EmulationBot.Roles;

namespace EmulationBot.Plans;

public static class PlansServiceCollectionExtensions
{
    /// <summary>
    /// Plans: reading plan files, the office's review card and publishing, the store and catalog other features read,
    /// the "list plans" and "send a plan" commands, and the <c>Plans:Folder</c> watcher.
    /// </summary>
    public static IServiceCollection AddPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PlanOptions>(configuration.GetSection(PlanOptions.Section));
        services.AddRoles(configuration);

        services.AddSingleton<PlanIngestor>();
        services.AddSingleton<PlanCatalog>();
        services.AddSingleton<IPlanCatalog>(sp => sp.GetRequiredService<PlanCatalog>());
        services.AddSingleton<PlanPublisher>();

        services.AddSingleton<PlanDraftStore>();
        services.AddSingleton<PlanFormatting>();
        services.AddSingleton<PlanReviewCard>();
        services.AddSingleton<PlanReviewResponses>();
        services.AddSingleton<PlanReviewService>();
        foreach (var verb in PlanReviewVerbs.All)
        {
            services.AddSingleton<ICardActionHandler>(sp => new PlanReviewAction(verb, sp.GetRequiredService<PlanReviewService>()));
        }
        services.AddHttpClient(PlanFileDownloader.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<PlanFileDownloader>();
        services.AddSingleton<ITurnInterceptor, PlanUploadInterceptor>();

        services.AddSingleton<IBotCommand, PlanListCommand>();
        services.AddSingleton<IBotCommand, PlanUploadCommand>();
        services.AddSingleton(new HelpTopic("plans.list", "plans.help.list.title", "plans.help.list.description", "plans.help.list.example", 60));
        services.AddSingleton(new HelpTopic("plans.upload", "plans.help.upload.title", "plans.help.upload.description", "plans.help.upload.example", 80));

        services.AddSingleton<PlanFolderIngestor>();
        services.AddSingleton<PlanFolderWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<PlanFolderWatcher>());
        services.AddHealthChecks().AddCheck<PlanFolderReadiness>("plans-folder");
        return services;
    }
}
