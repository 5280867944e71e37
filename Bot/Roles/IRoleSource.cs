namespace EmulationBot.Roles;

/// <summary>
/// A place roles come from besides the unit directory (configuration: <c>Roles:Office</c>); any source may grant.
/// <see cref="Units.PersonResolver"/> asks every source, so a grant here counts everywhere.
/// </summary>
public interface IRoleSource
{
    bool Grants(RoleSubject subject, Role role);

    /// <summary>True when granting may depend on a UPN, so the roster is worth asking for one.</summary>
    bool NeedsUserPrincipalName(Role role);
}
