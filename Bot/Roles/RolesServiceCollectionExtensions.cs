using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmulationBot.Roles;

public static class RolesServiceCollectionExtensions
{
    /// <summary>
    /// Who is office staff by configuration (<c>Roles:Office</c>), users' UPNs from the Teams roster, and the role
    /// check features use; the policy itself is <see cref="Units.PersonResolver"/>. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(Microsoft.Extensions.Options.Options.Create(RoleOptions.From(configuration)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRoleSource, ConfiguredRoleSource>());
        services.TryAddSingleton<UserPrincipalLookup>();
        services.TryAddSingleton<IRoleService, RoleService>();
        return services;
    }
}
