using EmulationBot.Conversation;
using EmulationBot.Roles;

namespace EmulationBot.Units;

/// <summary>
/// The bot's one access policy: who the user of a turn is — from the activity (never from card data), the unit
/// directory and the role sources (<c>Roles:Office</c>) — and so what they may do. A person the office listed by
/// e-mail (roster, card) is matched to their Teams account through the UPN Teams gives for them.
/// </summary>
public sealed class PersonResolver(UnitDirectoryStore directory, IEnumerable<IRoleSource> sources, UserPrincipalLookup principals)
{
    private readonly IRoleSource[] _sources = sources.ToArray();

    public async Task<Person> ResolveAsync(UserSession session, CancellationToken cancellationToken)
    {
        var dir = await directory.GetAsync(cancellationToken);
        var user = session.User;
        var member = dir.FindMember(user.AadObjectId, session.UserId);
        var subject = new RoleSubject(session.UserId, user.AadObjectId, user.UserPrincipalName);
        var rosterWaits = member?.Email is null && dir.Members.Any(m => m.IsUnlinked && m.Email is not null);
        var upnMayGrant = !Granted(subject) && _sources.Any(s => s.NeedsUserPrincipalName(Role.Office));
        var upn = await principals.GetAsync(session, rosterWaits || upnMayGrant, cancellationToken);
        // Link when the office listed this e-mail and nobody claimed it yet, or to note the e-mail of someone already
        // known — unless another person has it (checked on the cached directory first: no write, no read, per turn).
        if (upn is not null && member?.Email is null && (dir.FindByEmail(upn) is { IsUnlinked: true } || (member is not null && dir.FindByEmail(upn) is null)))
        {
            dir = await LinkAsync(session, upn, cancellationToken);
            member = dir.FindMember(user.AadObjectId, session.UserId);
        }

        var key = member?.Key ?? user.AadObjectId ?? session.UserId;
        var name = member?.Name ?? user.Name ?? session.UserId;
        var configured = Granted(subject with { UserPrincipalName = upn });
        var role = configured ? Role.Office : member?.Role ?? Role.Employee;
        return new Person(key, name, member, dir.FindUnit(member?.UnitId), role) { IsConfiguredOffice = configured };
    }

    /// <summary>Records that the user belongs to <paramref name="unitId"/>, linking their Teams ids.</summary>
    /// <remarks>A unit head who moves themselves to another unit is not that unit's head: only the office names heads.</remarks>
    public async Task<Person> JoinUnitAsync(UserSession session, string unitId, CancellationToken cancellationToken)
    {
        var user = session.User;
        await directory.UpdateAsync(dir =>
        {
            if (dir.FindUnit(unitId) is null) return null;
            var existing = dir.FindMember(user.AadObjectId, session.UserId) ?? (dir.FindByEmail(user.UserPrincipalName) is { IsUnlinked: true } listed ? listed : null);
            var role = existing?.Role ?? Role.Employee;
            if (role == Role.UnitHead && existing?.UnitId != unitId) role = Role.Employee;
            var member = (existing ?? new Member { Key = user.AadObjectId ?? session.UserId, Name = user.Name ?? session.UserId }) with
            {
                UnitId = unitId,
                Role = role,
                AadObjectId = existing?.AadObjectId ?? user.AadObjectId,
                Email = existing?.Email ?? user.UserPrincipalName,
                TeamsUserId = session.UserId,
            };
            return dir.WithMember(member);
        }, cancellationToken);
        return await ResolveAsync(session, cancellationToken);
    }

    private bool Granted(RoleSubject subject) => _sources.Any(s => s.Grants(subject, Role.Office));

    /// <summary>
    /// Joins the user's Teams account with the office's entry for their e-mail: a new entry takes the user's ids; a
    /// user already in the directory keeps their key and takes the office's name, unit and role.
    /// </summary>
    private Task<UnitDirectory> LinkAsync(UserSession session, string upn, CancellationToken cancellationToken)
    {
        var user = session.User;
        return directory.UpdateAsync(dir =>
        {
            var existing = dir.FindMember(user.AadObjectId, session.UserId);
            var listed = dir.FindByEmail(upn) is { IsUnlinked: true } l && l.Key != existing?.Key ? l : null;
            if (existing is { Email: not null } || (existing is null && listed is null)) return null;
            if (existing is null) return dir.WithMember(listed! with { AadObjectId = user.AadObjectId, TeamsUserId = session.UserId });
            if (listed is null && dir.FindByEmail(upn) is not null) return null; // someone else's address
            var merged = listed is null
                ? existing with { Email = upn, TeamsUserId = existing.TeamsUserId ?? session.UserId }
                : existing with { Email = listed.Email, Name = listed.Name, UnitId = listed.UnitId ?? existing.UnitId, Role = listed.Role, TeamsUserId = existing.TeamsUserId ?? session.UserId };
            return (listed is null ? dir : dir.WithoutMember(listed.Key)).WithMember(merged);
        }, cancellationToken);
    }
}
