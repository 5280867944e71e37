using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>Builds a broadcast's summary from its recipient list and its delivery journal: sent, failed, pending, unreachable, acknowledged by whom.</summary>
public sealed class BroadcastReports(DeliveryJournal journal, UnitDirectoryStore directory, JournalRules rules)
{
    public async Task<BroadcastSummary> SummarizeAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        var entries = await journal.LoadAsync(ReminderScopes.Broadcast(broadcast.Id), cancellationToken);
        var units = await directory.GetAsync(cancellationToken);
        var perUnit = broadcast.Recipients
            .GroupBy(r => r.UnitId ?? "")
            .Select(g => Tally(g.Key.Length == 0 ? null : g.Key, g.Key.Length == 0 ? null : units.FindUnit(g.Key)?.Name ?? g.Key, g.ToList(), entries))
            .OrderBy(t => t.Name is null).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        return new BroadcastSummary(broadcast, Tally(null, null, broadcast.Recipients, entries), perUnit);
    }

    private BroadcastTally Tally(string? unitId, string? name, IReadOnlyList<ReminderRecipient> people, Dictionary<string, JournalEntry> entries)
    {
        int sent = 0, pending = 0, failed = 0, unreachable = 0;
        var acked = new List<string>();
        var waiting = new List<string>();
        foreach (var person in people.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var entry = entries.GetValueOrDefault(person.Key);
            switch (entry?.State)
            {
                case null: pending++; break;
                case DeliveryState.Sent: sent++; break;
                case DeliveryState.Gone or DeliveryState.Unreachable: unreachable++; break;
                case DeliveryState.Attempted: pending++; break;
                case DeliveryState.Failed when rules.IsPending(entry): pending++; break;
                default: failed++; break;
            }
            if (entry?.AckedAt is not null) acked.Add(person.Name);
            else waiting.Add(person.Name);
        }
        return new BroadcastTally(unitId, name, people.Count, sent, pending, failed, unreachable, acked, waiting);
    }
}
