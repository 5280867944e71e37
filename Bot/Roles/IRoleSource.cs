namespace EmulationBot.Roles;

/// <summary>One place roles come from (configuration today, roles managed in the bot later); any source may grant.</summary>
public interface IRoleSource
{
    bool Grants(RoleSubject subject, Role role);

    /// <summary>True when granting may depend on a UPN, so the roster is worth asking for one.</summary>
    bool NeedsUserPrincipalName(Role role);
}
