using EmulationBot.Reminders.Delivery;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Outbox;
using EmulationBot.Reminders.Scheduling;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>Carries out a queued broadcast: the card with "Đã nhận" to every recipient once, paced like reminders.</summary>
public sealed class BroadcastDelivery(BroadcastStore store, BroadcastCards cards, DeliveryJournal journal, DeliveryRunner runner, JournalRules rules, TimeProvider time)
{
    public async Task<(bool Done, DeliveryReport Report)> RunAsync(OutboxJob job, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(job.BroadcastId ?? "", cancellationToken) is not { } broadcast) return (true, new DeliveryReport());
        var now = time.GetUtcNow();
        var scope = ReminderScopes.Broadcast(broadcast.Id);
        const string occasion = ReminderScopes.Broadcasting;
        var entries = await journal.LoadAsync(scope, cancellationToken);
        var items = broadcast.Recipients
            .Where(r => rules.OwesOnce(entries.GetValueOrDefault(r.Key), occasion, now))
            .Select(r => new DeliveryItem(r, occasion, 0, contact => cards.Message(broadcast, contact.Language), e => rules.OwesOnce(e, occasion, now)))
            .ToList();
        var result = await runner.RunAsync(scope, items, cancellationToken);
        foreach (var (key, entry) in result.Entries) entries[key] = entry;
        return (broadcast.Recipients.All(r => entries.GetValueOrDefault(r.Key) is not { } e || !rules.IsPending(e)), result.Report);
    }
}
