using EmulationBot.Plans.Store;
using EmulationBot.Storage;
using EmulationBot.Tests.Dialogs;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Questions.Support;

/// <summary>A TestBot with the two test plans published (optionally with the survey dialog of the dialog tests).</summary>
internal static class QuestionTestBot
{
    public static async Task<TestBot> CreateAsync(IStorage? storage = null) => await PublishAsync(TestBot.Create(storage));

    public static async Task<TestBot> WithSurveyAsync() => await PublishAsync(DialogTestBot.Create());

    private static async Task<TestBot> PublishAsync(TestBot bot)
    {
        foreach (var plan in TestPlans.Parsed()) await bot.Get<PlanPublisher>().PublishAsync(plan, "office", "test", CancellationToken.None);
        return bot;
    }
}
