using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Localization;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Dialogs;

/// <summary>A TestBot with the survey dialog and the test assembly's texts registered.</summary>
internal static class DialogTestBot
{
    public static TestBot Create(IStorage? storage = null, Action<IServiceCollection>? configure = null, SurveyDialog? dialog = null) =>
        TestBot.Create(storage, configure: services =>
        {
            services.AddSingleton(new Strings(typeof(Strings).Assembly, typeof(SurveyDialog).Assembly));
            services.AddSingleton<Dialog>(dialog ?? new SurveyDialog());
            services.AddSingleton<IBotCommand, SurveyCommand>();
            configure?.Invoke(services);
        });
}
