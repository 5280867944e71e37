using EmulationBot.Commitments;
using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Help;
using EmulationBot.Plans;
using EmulationBot.Protocol;
using EmulationBot.Questions;
using EmulationBot.Reminders;
using EmulationBot.Reports;
using EmulationBot.Roles;
using EmulationBot.Storage;
using EmulationBot.Time;
using EmulationBot.Units;

namespace EmulationBot;

public static class EmulationBotServices
{
    /// <summary>Every service of the bot, feature by feature; the web host and the in-memory test harness both use this.</summary>
    public static IServiceCollection AddEmulationBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddClock(configuration, environment);
        services.AddBotFrameworkProtocol(configuration, environment);
        services.AddStateStorage(configuration, environment);
        services.AddConversation(configuration);
        services.AddDialogs();
        services.AddHelp();
        services.AddUnits(configuration);
        services.AddRoles(configuration);
        services.AddPlans(configuration);
        services.AddQuestions();
        services.AddCommitments();
        services.AddReports(configuration, environment);
        services.AddDeadlines();
        services.AddReminders(configuration);
        return services;
    }
}
