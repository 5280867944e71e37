using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmulationBot.Roles;

public static class AccessPolicyServiceCollectionExtensions
{
    /// <summary>What the access policy (<see cref="Units.PersonResolver"/>) reads besides the directory: the configured office and users' UPNs.</summary>
    public static IServiceCollection AddAccessPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(ConfiguredOffice.From(configuration));
        services.TryAddSingleton<UserPrincipalLookup>();
        return services;
    }
}
