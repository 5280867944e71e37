using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Commitments;

/// <summary>
/// Who may register a unit as a collective: its head, or office staff (in the directory, or by <c>Roles:Office</c>),
/// always for their own unit, and always decided from the turn's sender, never from card data.
/// </summary>
public sealed class CollectiveRights(IRoleService roles)
{
    public async Task<bool> MayRegisterForUnitAsync(TurnContext turn, UserSession session, Person person, CancellationToken cancellationToken)
    {
        if (person.Unit is not { } unit) return false;
        if (person.CanManageUnit(unit.Id)) return true;
        return await roles.IsInRoleAsync(turn, session, Roles.Role.Office, cancellationToken);
    }
}
