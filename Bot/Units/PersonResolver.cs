using EmulationBot.Conversation;

namespace EmulationBot.Units;

/// <summary>Works out who the user of a turn is from the activity (never from card data) and the unit directory.</summary>
public sealed class PersonResolver(UnitDirectoryStore directory)
{
    public async Task<Person> ResolveAsync(UserSession session, CancellationToken cancellationToken)
    {
        var dir = await directory.GetAsync(cancellationToken);
        var user = session.User;
        var member = dir.FindMember(user.AadObjectId, session.UserId) ?? dir.FindByEmail(user.UserPrincipalName);
        var key = member?.Key ?? user.AadObjectId ?? session.UserId;
        var name = member?.Name ?? user.Name ?? session.UserId;
        return new Person(key, name, member, dir.FindUnit(member?.UnitId), member?.Role ?? Role.Employee);
    }

    /// <summary>Records that the user belongs to <paramref name="unitId"/> (keeping their role), linking their Teams ids.</summary>
    public async Task<Person> JoinUnitAsync(UserSession session, string unitId, CancellationToken cancellationToken)
    {
        var user = session.User;
        await directory.UpdateAsync(dir =>
        {
            if (dir.FindUnit(unitId) is null) return null;
            var existing = dir.FindMember(user.AadObjectId, session.UserId) ?? dir.FindByEmail(user.UserPrincipalName);
            var member = (existing ?? new Member { Key = user.AadObjectId ?? session.UserId, Name = user.Name ?? session.UserId }) with
            {
                UnitId = unitId,
                AadObjectId = existing?.AadObjectId ?? user.AadObjectId,
                Email = existing?.Email ?? user.UserPrincipalName,
                TeamsUserId = session.UserId,
            };
            return dir.WithMember(member);
        }, cancellationToken);
        return await ResolveAsync(session, cancellationToken);
    }
}
