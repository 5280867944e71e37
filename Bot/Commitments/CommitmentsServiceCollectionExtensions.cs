using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Dialogs;

namespace EmulationBot.Commitments;

public static class CommitmentsServiceCollectionExtensions
{
    /// <summary>Registering commitments: the registration and edit/withdraw dialogs, "my commitments", their cards and store.</summary>
    public static IServiceCollection AddCommitments(this IServiceCollection services)
    {
        services.AddDeadlineCore();
        services.AddSingleton<CommitmentStore>();
        services.AddSingleton<RegistrationNumbers>();
        services.AddSingleton<CommitmentCards>();
        services.AddSingleton<CollectiveRights>();
        services.AddSingleton<CommitmentRegistrar>();
        services.AddSingleton<Dialog, RegisterDialog>();
        services.AddSingleton<Dialog, ManageCommitmentDialog>();
        services.AddSingleton<IBotCommand, RegisterCommand>();
        services.AddSingleton<IBotCommand, MyCommitmentsCommand>();
        services.AddSingleton<IBotCommand, CommitmentViewCommand>();
        services.AddSingleton<IBotCommand>(sp => new ManageCommitmentCommand(sp.GetRequiredService<DialogRunner>(), ManageAction.Edit));
        services.AddSingleton<IBotCommand>(sp => new ManageCommitmentCommand(sp.GetRequiredService<DialogRunner>(), ManageAction.Withdraw));
        services.AddSingleton(new HelpTopic("register", "commitments.topic.title", "commitments.topic.description", "commitments.topic.example", 10));
        services.AddSingleton(new HelpTopic("my-commitments", "commitments.mineTopic.title", "commitments.mineTopic.description", "commitments.mineTopic.example", 40));
        return services;
    }
}
