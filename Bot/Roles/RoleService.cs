using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;

namespace EmulationBot.Roles;

/// <summary>
/// Checks roles against every <see cref="IRoleSource"/> using the sender of the activity. When a source lists UPNs
/// and the user's is unknown, the Teams roster is asked once (then again at most daily) and the answer is kept in
/// <see cref="UserState"/>.
/// </summary>
public sealed class RoleService(IEnumerable<IRoleSource> sources, IConnectorClient connector, TimeProvider time, ILogger<RoleService> logger) : IRoleService
{
    private static readonly TimeSpan LookupInterval = TimeSpan.FromDays(1);
    private readonly IRoleSource[] _sources = sources.ToArray();

    public async Task<bool> IsInRoleAsync(TurnContext turn, UserSession session, Role role, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        if (string.IsNullOrEmpty(from?.Id)) return false;
        var subject = new RoleSubject(from.Id, from.AadObjectId, session.User.UserPrincipalName);
        if (_sources.Any(s => s.Grants(subject, role))) return true;
        if (!_sources.Any(s => s.NeedsUserPrincipalName(role)) || !DueForLookup(session.User)) return false;

        var upn = await LookUpAsync(turn.Activity, cancellationToken);
        session.User.UserPrincipalNameCheckedAt = time.GetUtcNow();
        if (upn is null) return false;
        session.User.UserPrincipalName = upn;
        return _sources.Any(s => s.Grants(subject with { UserPrincipalName = upn }, role));
    }

    private bool DueForLookup(UserState user) =>
        user.UserPrincipalName is null && (user.UserPrincipalNameCheckedAt is not { } at || time.GetUtcNow() - at > LookupInterval);

    private async Task<string?> LookUpAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is not { } serviceUrl || activity.Conversation?.Id is not { } conversationId) return null;
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, conversationId, activity.From!.Id!, cancellationToken);
            var upn = member?.UserPrincipalName ?? member?.Email;
            return string.IsNullOrWhiteSpace(upn) ? null : upn.Trim();
        }
        catch (ConnectorException ex)
        {
            logger.LogWarning("Roster look-up failed in {ConversationId}: {Status} {Code}", conversationId, ex.StatusCode, ex.Code);
            return null;
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Roster look-up failed in {ConversationId}", conversationId);
            return null;
        }
    }
}
