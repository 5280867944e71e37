using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Escalation;

/// <summary>
/// Decides who the sender of a turn is and whether they act as the office — from the activity, the directory and the
/// configured roles (<c>Roles:Office</c>), never from card data — and who the office is when it must be told something.
/// </summary>
public sealed class ReminderAccess(PersonResolver people, IRoleService roles, IEnumerable<IRoleSource> sources)
{
    private readonly IRoleSource[] _sources = sources.ToArray();

    public async Task<ReminderActor> ResolveAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var person = await people.ResolveAsync(session, cancellationToken);
        var isOffice = person.IsOffice || await roles.IsInRoleAsync(turn, session, Roles.Role.Office, cancellationToken);
        return new ReminderActor(person, isOffice);
    }

    /// <summary>The office staff in the directory: marked as office there, or named in <c>Roles:Office</c> (by AAD id or e-mail).</summary>
    public IReadOnlyList<Member> OfficeMembers(UnitDirectory directory) =>
        directory.Members.Where(m => m.Role == Units.Role.Office
            || _sources.Any(s => s.Grants(new RoleSubject(m.TeamsUserId ?? m.Key, m.AadObjectId, m.Email), Roles.Role.Office))).ToList();
}
