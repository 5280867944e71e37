using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Actions;
using EmulationBot.Reminders.Escalation;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>"Làm mới" on the summary card: the office only, redrawn with the latest counts.</summary>
public sealed class BroadcastSummaryHandler(BroadcastStore store, BroadcastReports reports, BroadcastCards cards, ReminderAccess access, Localization.Strings strings)
    : ICardActionHandler
{
    public string Verb => ReminderVerbs.Summary;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        var actor = await access.ResolveAsync(turn, session, cancellationToken);
        if (!actor.IsOffice)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(session.Language, "reminders.broadcast.officeOnly"));
            return;
        }
        if ((data?.GetString("broadcastId") is { } id ? await store.GetAsync(id, cancellationToken) : null) is not { } broadcast)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(session.Language, "reminders.broadcast.notFound"));
            return;
        }
        var summary = await reports.SummarizeAsync(broadcast, cancellationToken);
        await ReminderActions.Replace(turn, turn.Activity.ReplyToId, cards.Summary(summary, session.Language), cancellationToken);
    }
}
