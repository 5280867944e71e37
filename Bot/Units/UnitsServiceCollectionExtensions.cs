using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Roles;

namespace EmulationBot.Units;

public static class UnitsServiceCollectionExtensions
{
    /// <summary>The unit directory, who-is-who (and may do what) for each turn, and the "choose / change my unit" dialog.</summary>
    public static IServiceCollection AddUnits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UnitsOptions>(configuration.GetSection("Units"));
        services.AddRoles(configuration);
        services.AddSingleton<UnitDirectoryStore>();
        services.AddSingleton<PersonResolver>();
        services.AddSingleton<Dialog, ChooseUnitDialog>();
        services.AddSingleton<IBotCommand, ChangeUnitCommand>();
        services.AddHostedService<UnitSeeder>();
        return services;
    }
}
