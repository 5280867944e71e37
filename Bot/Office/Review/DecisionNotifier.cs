using System.Text.Json.Nodes;
using EmulationBot.Commitments;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using EmulationBot.Reports;
using EmulationBot.Storage;

namespace EmulationBot.Office.Review;

/// <summary>
/// Tells the author of a registration or report what the reviewer decided, in their personal chat with the bot (the
/// conversation reference kept in their <see cref="UserState"/>), in their language, with the reason and a button to
/// fix it when it was returned. Someone who never talked to the bot, or removed it, cannot be told.
/// </summary>
public sealed class DecisionNotifier(BotStateStore states, IConnectorClient connector, CardFactory cards, Strings strings, ILogger<DecisionNotifier> logger)
{
    public async Task<bool> NotifyAsync(string channelId, string reviewer, ReviewEntry entry, CancellationToken cancellationToken)
    {
        var teamsUserId = entry.Commitment?.Commitment.Owner.TeamsUserId ?? entry.Report?.Report.Submitter.TeamsUserId;
        if (string.IsNullOrEmpty(teamsUserId)) return false;
        var user = (await states.LoadAsync(SessionStore.UserKey(channelId, teamsUserId), StateJson.Default.UserState, cancellationToken)).Value;
        if (user.PersonalChatGone || user.PersonalChat is not { ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 } chat) return false;
        var language = user.ChosenLanguage ?? user.LastLanguage ?? Language.Vietnamese;
        try
        {
            await connector.SendAsync(chat.CreateMessageTo(Card(reviewer, entry, language)), cancellationToken);
            return true;
        }
        catch (ConnectorException ex)
        {
            logger.LogWarning("Could not tell the author of a reviewed item: {Status} {Code}", ex.StatusCode, ex.Code);
            return false;
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Could not tell the author of a reviewed item");
            return false;
        }
    }

    public Activity Card(string reviewer, ReviewEntry entry, Language language)
    {
        var approved = entry.Commitment?.Commitment.Status == CommitmentStatus.Approved || entry.Report?.Report.Status == ReportStatus.Approved;
        string text, reason, command, button, phrase;
        if (entry.Commitment?.Commitment is { } c)
        {
            text = T(language, approved ? "office.review.decision.commitmentApproved" : "office.review.decision.commitmentReturned",
                reviewer, c.Number, c.FindTitle()?.Name(language) ?? c.TitleCode, c.PlanTitle);
            (reason, command, button, phrase) = (c.ReturnReason ?? "", "commitment-edit", T(language, "office.review.decision.editCommitment"), T(language, "office.review.decision.editPhrase"));
        }
        else
        {
            var r = entry.Report!.Report;
            text = T(language, approved ? "office.review.decision.reportApproved" : "office.review.decision.reportReturned", reviewer, r.What, r.Version, r.UnitName ?? "");
            (reason, command, button, phrase) = (r.ReturnReason ?? "", "report", T(language, "office.review.decision.resubmitReport"), T(language, "office.review.decision.resubmitPhrase"));
        }
        return cards.Message("office-decision", language, new JsonObject
        {
            ["title"] = T(language, approved ? "office.review.decision.approvedTitle" : "office.review.decision.returnedTitle"),
            ["color"] = approved ? "Good" : "Attention",
            ["text"] = text,
            ["reason"] = approved ? null : T(language, "office.review.decision.reason", reason),
            ["hint"] = approved ? null : T(language, "office.review.decision.fixHint", phrase),
            ["command"] = approved ? null : command,
            ["button"] = button,
        });
    }

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
