using EmulationBot.Conversation;
using EmulationBot.Protocol.Connector;

namespace EmulationBot.Roles;

/// <summary>
/// Learns a user's UPN (or e-mail) from the Teams roster of the conversation they talk in — Teams activities do
/// not carry it — when a role list or the office's roster names people by e-mail. The answer (even "none") is
/// kept in <see cref="UserState"/>, so Teams is asked at most once a day per user.
/// </summary>
public sealed class UserPrincipalLookup(IConnectorClient connector, TimeProvider time, ILogger<UserPrincipalLookup> logger)
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromDays(1);

    /// <summary>The known UPN; when unknown and <paramref name="needed"/>, asks the roster (unless asked recently).</summary>
    public async Task<string?> GetAsync(UserSession session, bool needed, CancellationToken cancellationToken)
    {
        var user = session.User;
        if (user.UserPrincipalName is { } known) return known;
        if (!needed || (user.UserPrincipalNameCheckedAt is { } at && time.GetUtcNow() - at < RetryAfter)) return null;
        var reference = session.GroupEntry?.Value.Reference ?? user.PersonalChat;
        if (reference?.ServiceUrl is not { } serviceUrl || reference.Conversation?.Id is not { } conversationId) return null;

        user.UserPrincipalNameCheckedAt = time.GetUtcNow();
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, conversationId, session.UserId, cancellationToken);
            var upn = member?.UserPrincipalName ?? member?.Email;
            user.UserPrincipalName = string.IsNullOrWhiteSpace(upn) ? null : upn.Trim();
            return user.UserPrincipalName;
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
