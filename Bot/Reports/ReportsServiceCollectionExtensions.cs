using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Dialogs;

namespace EmulationBot.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Submitting reports: the dialog, file download (pooled, size-limited), the store, "báo cáo đã nộp".</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddDeadlineCore();
        services.Configure<ReportOptions>(configuration.GetSection(ReportOptions.Section));
        if (environment.IsDevelopment()) services.PostConfigure<ReportOptions>(o => o.AllowLoopbackDownloads = true);
        services.AddHttpClient(ReportFileDownloader.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddSingleton<ReportFileDownloader>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ReportCards>();
        services.AddSingleton<ReportSubmitter>();
        services.AddSingleton<Dialog, ReportDialog>();
        services.AddSingleton<IBotCommand, ReportCommand>();
        services.AddSingleton<IBotCommand, MyReportsCommand>();
        services.AddSingleton(new HelpTopic("report", "reports.topic.title", "reports.topic.description", "reports.topic.example", 25));
        services.AddSingleton(new HelpTopic("my-reports", "reports.mineTopic.title", "reports.mineTopic.description", "reports.mineTopic.example", 50));
        return services;
    }
}
