using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Actions;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>"Đã nhận" on a broadcast: records the acknowledgement of the person who pressed (an addressee of it) and marks the card.</summary>
public sealed class BroadcastAckHandler(BroadcastStore store, BroadcastCards cards, PersonResolver people, DeliveryJournal journal, Localization.Strings strings, TimeProvider time)
    : ICardActionHandler
{
    public string Verb => ReminderVerbs.Acknowledge;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        var broadcast = data?.GetString("broadcastId") is { } id ? await store.GetAsync(id, cancellationToken) : null;
        var person = await people.ResolveAsync(session, cancellationToken);
        if (broadcast is null || broadcast.Recipients.All(r => r.Key != person.Key))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(session.Language, "reminders.broadcast.notFound"));
            return;
        }
        var now = time.GetUtcNow();
        var written = await journal.UpdateAsync(ReminderScopes.Broadcast(broadcast.Id), [person.Key], (_, entry) =>
        {
            if (entry?.AckedAt is not null) return null;
            entry ??= new JournalEntry { Occasion = ReminderScopes.Broadcasting, State = DeliveryState.Sent, FinishedAt = now };
            entry.AckedAt = now;
            return entry;
        }, cancellationToken);
        var ackedAt = written.TryGetValue(person.Key, out var e) ? e.AckedAt
            : (await journal.GetAsync(ReminderScopes.Broadcast(broadcast.Id), person.Key, cancellationToken))?.AckedAt;
        await ReminderActions.Replace(turn, turn.Activity.ReplyToId, cards.Card(broadcast, session.Language, ackedAt ?? now), cancellationToken);
    }
}
