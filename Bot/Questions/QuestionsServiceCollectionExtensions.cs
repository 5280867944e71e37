using EmulationBot.Conversation;
using EmulationBot.Plans.Store;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Chat;
using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>Questions about the published plans: free-text questions anywhere, in dialogs, the help entry and the answer card's buttons.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddSingleton<PublishedQuestionCorpus>();
        services.AddSingleton<IQuestionCorpus>(sp => sp.GetRequiredService<PublishedQuestionCorpus>());
        services.AddSingleton<IPlanPublishedObserver>(sp => sp.GetRequiredService<PublishedQuestionCorpus>());
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
