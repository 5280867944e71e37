using EmulationBot.Conversation;
using EmulationBot.Protocol;

namespace EmulationBot.Roles;

/// <summary>Answers "may the sender of this turn act as …?" — checked on every message and every card action.</summary>
public interface IRoleService
{
    Task<bool> IsInRoleAsync(TurnContext turn, UserSession session, Role role, CancellationToken cancellationToken);
}
