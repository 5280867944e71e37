using EmulationBot.Questions;
using EmulationBot.Storage;
using EmulationBot.Tests.Dialogs;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Questions.Support;

/// <summary>A TestBot whose published plans are the two test plans (optionally with the survey dialog of the dialog tests).</summary>
internal static class QuestionTestBot
{
    public static TestBot Create(IStorage? storage = null) =>
        TestBot.Create(storage, settings: new Dictionary<string, string?> { ["Questions:PlansFolder"] = TestPlans.Folder });

    public static TestBot WithSurvey() =>
        DialogTestBot.Create(configure: services => services.Configure<QuestionsOptions>(o => o.PlansFolder = TestPlans.Folder));
}
