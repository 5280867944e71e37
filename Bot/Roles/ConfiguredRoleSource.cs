using Microsoft.Extensions.Options;

namespace EmulationBot.Roles;

/// <summary>Roles from configuration (<c>Roles:Office</c>): an entry with '@' is a UPN, anything else an AAD object id.</summary>
public sealed class ConfiguredRoleSource(IOptions<RoleOptions> options) : IRoleSource
{
    public bool Grants(RoleSubject subject, Role role)
    {
        foreach (var member in options.Value.Members(role))
        {
            if (member.Contains('@'))
            {
                if (subject.UserPrincipalName is { } upn && string.Equals(member, upn, StringComparison.OrdinalIgnoreCase)) return true;
            }
            else if (subject.AadObjectId is { } aad && SameId(member, aad))
            {
                return true;
            }
        }
        return false;
    }

    public bool NeedsUserPrincipalName(Role role) => options.Value.Members(role).Any(m => m.Contains('@'));

    private static bool SameId(string a, string b) =>
        Guid.TryParse(a, out var x) && Guid.TryParse(b, out var y) ? x == y : string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
