using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol.Connector;
using EmulationBot.Reminders.Actions;
using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Broadcasts;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Outbox;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Reminders.Views;
using EmulationBot.Reminders.Work;
using EmulationBot.Roles;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Proactive reminders (policy <c>Reminders</c>, scheduler <c>Reminders:Scheduler</c>, pacing <c>Reminders:Delivery</c>):
    /// the scheduler hosted in the bot, paced delivery with a journal, the reminder card buttons, escalations with
    /// "nhắc ngay", and the office's broadcasts.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.Configure<ReminderSchedulerOptions>(configuration.GetSection(ReminderSchedulerOptions.Section));
        services.Configure<ReminderDeliveryOptions>(configuration.GetSection(ReminderDeliveryOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReminderOptions>>().Value);
        services.AddSingleton<WorkCalendar>();
        services.AddSingleton<ReminderSchedule>();
        services.AddSingleton(sp =>
        {
            var scheduler = sp.GetRequiredService<IOptions<ReminderSchedulerOptions>>().Value;
            var delivery = sp.GetRequiredService<IOptions<ReminderDeliveryOptions>>().Value;
            return new JournalRules(scheduler.AttemptTimeout, delivery.FailedRetryDelay, delivery.MaxSendAttempts);
        });

        services.AddSingleton<IReminderWork, DeadlinesReminderWork>();

        services.AddSingleton<SendPacer>();
        services.AddTransient<PacingHandler>();
        // Innermost, after the retry and token handlers: every attempt, retries included, is paced.
        services.AddHttpClient<IConnectorClient, ConnectorClient>().AddHttpMessageHandler<PacingHandler>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<DeliveryJournal>();
        services.AddSingleton<ContactBook>();
        services.AddSingleton<DeliveryRunner>();
        services.AddSingleton<MuteStore>();
        services.AddSingleton<ReminderAudience>();
        services.AddSingleton<MissingPeople>();

        services.AddSingleton<ReminderCards>();
        services.AddSingleton<EscalationCards>();
        services.AddSingleton<BroadcastCards>();

        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<ScheduleProgressStore>();
        services.AddSingleton<OccurrenceReminders>();
        services.AddSingleton<EscalationSender>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxRunner>();
        services.AddSingleton<RemindNowDelivery>();
        services.AddSingleton<BroadcastStore>();
        services.AddSingleton<BroadcastReports>();
        services.AddSingleton<BroadcastDelivery>();
        services.AddSingleton<ReminderPass>();
        services.AddSingleton<SchedulerSignal>();
        services.AddSingleton<IPlanPublishedObserver, WakeOnPublish>();
        services.AddSingleton<ReminderSchedulerStatus>();
        services.AddHostedService<ReminderScheduler>();

        services.AddRoles(configuration);
        services.AddSingleton<ReminderAccess>();
        services.AddSingleton<IRemindNowService, RemindNowService>();
        services.AddSingleton<ReminderActions>();
        services.AddSingleton<ICardActionHandler, ReminderStartHandler>();
        services.AddSingleton<ICardActionHandler, ReminderDoneHandler>();
        services.AddSingleton<ICardActionHandler, ReminderSnoozeHandler>();
        services.AddSingleton<ICardActionHandler, ReminderMuteHandler>();
        services.AddSingleton<ICardActionHandler, ReminderUnmuteHandler>();
        services.AddSingleton<ICardActionHandler, RemindNowHandler>();
        services.AddSingleton<ICardActionHandler, BroadcastAckHandler>();
        services.AddSingleton<ICardActionHandler, BroadcastSummaryHandler>();

        services.AddSingleton<Dialog, BroadcastDialog>();
        services.AddSingleton<IBotCommand, BroadcastCommand>();
        services.AddSingleton<IBotCommand, BroadcastStatusCommand>();
        services.AddSingleton(new HelpTopic(BroadcastCommand.CommandName, "reminders.help.title", "reminders.help.description", "reminders.help.example", 80));
        return services;
    }
}
