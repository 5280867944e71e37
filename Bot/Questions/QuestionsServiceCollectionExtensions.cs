using EmulationBot.Conversation;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Chat;
using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>Questions about the plans: free-text questions anywhere, in dialogs, the help entry and the answer card's buttons.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QuestionsOptions>(configuration.GetSection(QuestionsOptions.Section));
        services.AddSingleton<IQuestionCorpus, FolderQuestionCorpus>();
        services.AddSingleton<AnswerPresenter>();
        services.AddSingleton<PlanQuestions>();
        services.AddSingleton<IQuestionAnswerer, PlanQuestionAnswerer>();
        services.AddSingleton<ITurnInterceptor, QuestionInterceptor>();
        // Registered after AddHelp: this fallback wins, and hands non-questions to the help fallback.
        services.AddSingleton<IFallbackHandler, QuestionFallbackHandler>();
        services.AddSingleton<IBotCommand, ShowSectionCommand>();
        services.AddSingleton<IBotCommand, AskInPlanCommand>();
        services.AddSingleton<IBotCommand, AskHowToCommand>();
        services.AddSingleton(new HelpTopic(AskHowToCommand.CommandName, "questions.topic.title", "questions.topic.description", "questions.topic.example", 20));
        return services;
    }
}
