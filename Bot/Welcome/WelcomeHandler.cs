using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Help;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;

namespace EmulationBot.Welcome;

/// <summary>Greets a user (or a group) once when the bot is installed, and stops proactive messages when it is removed.</summary>
/// <remarks>Teams sends both installationUpdate and conversationUpdate on install; whichever comes first greets.</remarks>
public sealed class WelcomeHandler(CardFactory cards, HelpCatalog catalog, Strings strings, TimeProvider time, IConnectorClient connector, ILogger<WelcomeHandler> logger)
    : IConversationEventHandler
{
    public async Task OnConversationEventAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var added = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is "add" or "add-upgrade"
            : activity.MembersAdded?.Any(m => m.Id == botId) == true;
        var removed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is "remove" or "remove-upgrade"
            : activity.MembersRemoved?.Any(m => m.Id == botId) == true;

        if (removed)
        {
            if (session.GroupEntry is { } group) group.Value.Gone = true;
            else session.User.PersonalChatGone = true;
            return;
        }
        if (!added) return;

        var welcomedAt = session.GroupEntry?.Value.WelcomedAt ?? session.User.WelcomedAt;
        if (welcomedAt is not null && activity.Action != "add-upgrade" && activity.Type == ActivityTypes.ConversationUpdate) return;
        if (welcomedAt is not null && activity.Type == ActivityTypes.InstallationUpdate && time.GetUtcNow() - welcomedAt < TimeSpan.FromMinutes(1)) return;

        if (session.GroupEntry is { } g) g.Value.WelcomedAt = time.GetUtcNow();
        else
        {
            session.User.WelcomedAt = time.GetUtcNow();
            await LookUpMemberAsync(session, activity, cancellationToken);
        }
        await turn.SendActivityAsync(Card(session, activity), cancellationToken);
    }

    private Activity Card(UserSession session, Activity activity)
    {
        var language = session.Language;
        var name = session.IsPersonalChat ? FirstName(session.User.Name ?? activity.From?.Name) : null;
        var data = new JsonObject
        {
            ["greeting"] = name is null ? strings.Get(language, "welcome.helloNoName") : strings.Get(language, "welcome.hello", name),
            ["group"] = !session.IsPersonalChat,
            ["topics"] = catalog.Topics(language, take: 3),
            ["otherLanguage"] = catalog.OtherLanguageButton(language),
        };
        return cards.Message("welcome", language, data);
    }

    /// <summary>
    /// Install events carry no name; the roster has the name and the email that links the user to the office's
    /// roster. A failed lookup only costs the personal greeting.
    /// </summary>
    private async Task LookUpMemberAsync(UserSession session, Activity activity, CancellationToken cancellationToken)
    {
        if (session.User.Name is not null && session.User.UserPrincipalName is not null) return;
        try
        {
            var member = await connector.GetMemberAsync(activity.ServiceUrl!, activity.Conversation!.Id!, activity.From!.Id!, cancellationToken);
            if (member is null) return;
            if (!string.IsNullOrWhiteSpace(member.Name)) session.User.Name ??= member.Name;
            var upn = member.UserPrincipalName ?? member.Email;
            if (!string.IsNullOrWhiteSpace(upn)) session.User.UserPrincipalName ??= upn;
            session.User.UserPrincipalNameCheckedAt = time.GetUtcNow();
        }
        catch (Exception ex) when (ex is ConnectorException or ArgumentException or HttpRequestException)
        {
            logger.LogInformation("Could not look up the new member of {ConversationId}: {Message}", activity.Conversation?.Id, ex.Message);
        }
    }

    /// <summary>Vietnamese names end with the given name ("Nguyễn Văn An" → "An"); Teams display names may carry a unit suffix.</summary>
    private static string? FirstName(string? fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName)) return null;
        var name = fullName.Split('(', '-', ',')[0].Trim();
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : parts[^1];
    }
}
