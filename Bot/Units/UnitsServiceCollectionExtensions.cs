using EmulationBot.Conversation;
using EmulationBot.Dialogs;

namespace EmulationBot.Units;

public static class UnitsServiceCollectionExtensions
{
    /// <summary>The unit directory, who-is-who for each turn, and the "choose / change my unit" dialog.</summary>
    public static IServiceCollection AddUnits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UnitsOptions>(configuration.GetSection("Units"));
        services.AddSingleton<UnitDirectoryStore>();
        services.AddSingleton<PersonResolver>();
        services.AddSingleton<Dialog, ChooseUnitDialog>();
        services.AddSingleton<IBotCommand, ChangeUnitCommand>();
        services.AddHostedService<UnitSeeder>();
        return services;
    }
}
