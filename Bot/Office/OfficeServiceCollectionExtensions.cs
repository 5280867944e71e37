using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Office.Audit;
using EmulationBot.Office.Exports;
using EmulationBot.Office.Forms;
using EmulationBot.Office.Files;
using EmulationBot.Office.Organization;
using EmulationBot.Office.Progress;
using EmulationBot.Office.Records;
using EmulationBot.Office.Review;
using EmulationBot.Office.Roster;
using EmulationBot.Plans.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmulationBot.Office;

public static class OfficeServiceCollectionExtensions
{
    /// <summary>
    /// The office's side of the movement: units and people (chat, cards, roster files), progress per unit,
    /// review, exports with signed download links, and the audit trail.
    /// </summary>
    public static IServiceCollection AddOffice(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OfficeOptions>(configuration.GetSection(OfficeOptions.Section));
        services.AddSingleton<OfficeGate>();
        services.AddSingleton<PlanPicker>();
        services.AddSingleton<PlanChooser>();
        services.AddSingleton<IBotCommand, OfficeMenuCommand>();
        services.AddSingleton(new HelpTopic("office", "office.topic.title", "office.topic.description", "office.topic.example", 80));

        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<AuditView>();
        services.AddSingleton<AuditCommand>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<AuditCommand>());
        services.AddVerb<AuditCommand>(AuditCommand.Verb, c => c.ShowAsync);


        services.AddOrganization();
        services.AddRoster();
        services.AddProgress();
        services.AddReview();
        services.AddExports();
        return services;
    }

    private static void AddOrganization(this IServiceCollection services)
    {
        services.AddSingleton<OrganizationEditor>();
        services.AddSingleton<UnitsView>();
        services.AddSingleton<UnitCardActions>();
        services.AddSingleton<IBotCommand, UnitsCommand>();
        services.AddSingleton<IBotCommand, AddUnitCommand>();
        services.AddSingleton<IBotCommand, RenameUnitCommand>();
        services.AddSingleton<IBotCommand, RemoveUnitCommand>();
        services.AddSingleton<IBotCommand, MemberCommand>();
        services.AddSingleton<Dialog, AddUnitDialog>();
        services.AddSingleton<Dialog, RenameUnitDialog>();
        services.AddSingleton<Dialog, RemoveUnitDialog>();
        services.AddSingleton<Dialog, MemberDialog>();
        services.AddVerb<UnitCardActions>("office.units", a => a.ListAsync);
        services.AddVerb<UnitCardActions>("office.unit.open", a => a.OpenUnitAsync);
        services.AddVerb<UnitCardActions>("office.unit.add", a => a.AddUnitAsync);
        services.AddVerb<UnitCardActions>("office.unit.rename", a => a.RenameUnitAsync);
        services.AddVerb<UnitCardActions>("office.unit.remove", a => a.RemoveUnitAsync);
        services.AddVerb<UnitCardActions>("office.member.open", a => a.OpenMemberAsync);
        services.AddVerb<UnitCardActions>("office.member.save", a => a.SaveMemberAsync);
        services.AddVerb<UnitCardActions>("office.member.remove", a => a.RemoveMemberAsync);
    }

    private static void AddRoster(this IServiceCollection services)
    {
        services.AddHttpClient(FileDownloader.ClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<FileDownloader>();
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<RosterView>();
        services.AddSingleton<RosterIntake>();
        services.AddSingleton<RosterCardActions>();
        services.AddSingleton<IBotCommand, RosterCommand>();
        services.AddSingleton<Dialog, RosterDialog>();
        services.AddSingleton<ITurnInterceptor, RosterFileInterceptor>();
        services.AddVerb<RosterCardActions>("office.roster.apply", a => a.ApplyAsync);
        services.AddVerb<RosterCardActions>("office.roster.cancel", a => a.CancelAsync);
    }

    private static void AddProgress(this IServiceCollection services)
    {
        services.AddSingleton<PlanRecords>();
        services.AddSingleton<ProgressReader>();
        services.AddSingleton<ProgressView>();
        services.AddSingleton<ProgressActions>();
        services.AddSingleton<IBotCommand, ProgressCommand>();
        services.AddVerb<ProgressActions>(ProgressActions.OverviewVerb, a => a.OverviewAsync);
        services.AddVerb<ProgressActions>(ProgressActions.UnitVerb, a => a.UnitAsync);
        services.AddSingleton<RemindAction>();
        services.AddVerb<RemindAction>(RemindAction.Verb, a => a.RemindAsync);
    }

    private static void AddReview(this IServiceCollection services)
    {
        services.AddSingleton<DecisionNotifier>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewView>();
        services.AddSingleton<ReviewActions>();
        services.AddSingleton<IBotCommand, ReviewCommand>();
        services.AddVerb<ReviewActions>(ReviewActions.QueueVerb, a => a.QueueAsync);
        services.AddVerb<ReviewActions>("office.review.open", a => a.OpenAsync);
        services.AddVerb<ReviewActions>("office.review.approve", a => a.ApproveAsync);
        services.AddVerb<ReviewActions>("office.review.return", a => a.ReturnAsync);
        services.AddVerb<ReviewActions>("office.review.forward", a => a.ForwardAsync);
        services.AddVerb<ReviewActions>("office.export.form", a => a.FormAsync);
    }

    private static void AddExports(this IServiceCollection services)
    {
        services.AddSingleton<ExportFileStore>();
        services.AddHostedService<ExportSweeper>();
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<ExportDelivery>();
        services.AddSingleton<PlanTables>();
        services.AddSingleton<PlanExporter>();
        services.AddSingleton<FormExporter>();
        services.AddSingleton<ExportActions>();
        services.AddSingleton<IBotCommand, ExportCommand>();
        services.AddSingleton<IBotCommand, MyRegistrationFormCommand>();
        services.AddVerb<ExportActions>(ExportActions.Verb, a => a.ExportAsync);
        services.AddVerb<ExportActions>(ExportActions.UnitListVerb, a => a.UnitListAsync);
    }

    /// <summary>Routes the Action.Execute <paramref name="verb"/> to a method of the singleton <typeparamref name="T"/>.</summary>
    private static void AddVerb<T>(this IServiceCollection services, string verb,
        Func<T, Func<Protocol.TurnContext, UserSession, CardData?, CancellationToken, Task>> method) where T : notnull =>
        services.AddSingleton<ICardActionHandler>(sp => new CardVerb(verb, method(sp.GetRequiredService<T>())));
}
