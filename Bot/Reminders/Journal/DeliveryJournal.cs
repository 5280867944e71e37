using System.Globalization;
using System.Text;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Storage;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Journal;

/// <summary>
/// The delivery journals in the state store. A journal (one per obligation deadline, per escalation, per broadcast)
/// is split into a fixed number of shard documents by a stable hash of the person's key; every change is a
/// read-modify-write of one shard under its ETag, so one write records a whole chunk of messages.
/// </summary>
public sealed class DeliveryJournal(IStorage storage, IOptions<ReminderDeliveryOptions> options)
{
    private const string Prefix = "reminders/journal/";
    private readonly int _shards = Math.Max(1, options.Value.JournalShards);

    public int ShardOf(string personKey)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(personKey)) hash = (hash ^ b) * 16777619u;
        return (int)(hash % (uint)_shards);
    }

    /// <summary>Every entry of a journal (one read per shard).</summary>
    public async Task<Dictionary<string, JournalEntry>> LoadAsync(string scope, CancellationToken cancellationToken)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, _shards).Select(n => storage.ReadAsync<JournalShard>(Key(scope, n), cancellationToken)));
        var all = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            if (shard is null) continue;
            foreach (var (key, entry) in shard.Value.Entries) all[key] = entry;
        }
        return all;
    }

    public async Task<JournalEntry?> GetAsync(string scope, string personKey, CancellationToken cancellationToken)
    {
        var shard = await storage.ReadAsync<JournalShard>(Key(scope, ShardOf(personKey)), cancellationToken);
        return shard?.Value.Entries.GetValueOrDefault(personKey);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the entries of <paramref name="personKeys"/> (null when absent; return null
    /// to leave an entry as it is), one conditional write per shard touched. Returns the entries as written.
    /// </summary>
    public async Task<Dictionary<string, JournalEntry>> UpdateAsync(string scope, IEnumerable<string> personKeys,
        Func<string, JournalEntry?, JournalEntry?> change, CancellationToken cancellationToken)
    {
        var written = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        foreach (var group in personKeys.Distinct(StringComparer.Ordinal).GroupBy(ShardOf))
        {
            await storage.UpdateAsync<JournalShard>(Key(scope, group.Key), current =>
            {
                var shard = current ?? new JournalShard();
                var changed = false;
                foreach (var personKey in group) written.Remove(personKey); // a retry after a conflict decides afresh
                foreach (var personKey in group)
                {
                    var existing = shard.Entries.GetValueOrDefault(personKey);
                    if (change(personKey, existing is null ? null : Copy(existing)) is not { } next) continue;
                    shard.Entries[personKey] = next;
                    written[personKey] = next;
                    changed = true;
                }
                return changed ? shard : null;
            }, cancellationToken: cancellationToken);
        }
        return written;
    }

    public static string Key(string scope, int shard) => Prefix + scope + "/" + shard.ToString("D3", CultureInfo.InvariantCulture);

    private static JournalEntry Copy(JournalEntry e) => new()
    {
        Occasion = e.Occasion, Index = e.Index, State = e.State, Tries = e.Tries, AttemptedAt = e.AttemptedAt, FinishedAt = e.FinishedAt,
        ActivityId = e.ActivityId, Resent = e.Resent, Error = e.Error, SnoozedUntil = e.SnoozedUntil, AckedAt = e.AckedAt,
    };
}
