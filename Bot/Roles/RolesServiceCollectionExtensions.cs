using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmulationBot.Roles;

public static class RolesServiceCollectionExtensions
{
    /// <summary>Who may act as the office (<c>Roles:Office</c>); more <see cref="IRoleSource"/>s can be added later.</summary>
    public static IServiceCollection AddRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(Microsoft.Extensions.Options.Options.Create(RoleOptions.From(configuration)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRoleSource, ConfiguredRoleSource>());
        services.TryAddSingleton<IRoleService, RoleService>();
        return services;
    }
}
