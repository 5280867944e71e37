using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Roles;

/// <summary>
/// "May the sender act as …?" answered by the one access policy, <see cref="PersonResolver"/>: configured office
/// users, and the roles the office gave people in the unit directory.
/// </summary>
public sealed class RoleService(PersonResolver people) : IRoleService
{
    public async Task<bool> IsInRoleAsync(TurnContext turn, UserSession session, Role role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(turn.Activity.From?.Id)) return false;
        var person = await people.ResolveAsync(session, cancellationToken);
        return role switch
        {
            Role.Office => person.IsOffice,
            Role.UnitHead => person.IsUnitHead,
            _ => true,
        };
    }
}
