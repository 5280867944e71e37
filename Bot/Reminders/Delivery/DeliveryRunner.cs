using EmulationBot.Protocol;
using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Journal;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Delivery;

/// <summary>
/// Delivers a set of messages through one journal, in chunks: each chunk is recorded as "attempted" in one write
/// per shard BEFORE anything is sent, then sent (paced), then marked with how each send ended. A process that dies
/// in between leaves "attempted" entries, which a later pass finds and sends once more, flagged as possible
/// duplicates — so a crash costs at most one resend, and the journal says which.
/// </summary>
public sealed class DeliveryRunner(
    DeliveryJournal journal,
    ContactBook contacts,
    ProactiveSender sender,
    IOptions<ReminderDeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryRunner> logger)
{
    public async Task<DeliveryResult> RunAsync(string scope, IReadOnlyList<DeliveryItem> items, CancellationToken cancellationToken)
    {
        var result = new DeliveryResult();
        if (items.Count == 0) return result;
        await Parallel.ForEachAsync(Chunks(items),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ChunkConcurrency), CancellationToken = cancellationToken },
            async (chunk, token) => await RunChunkAsync(scope, chunk, result, token));
        return result;
    }

    /// <summary>Chunks of one shard each, interleaved across shards so that chunks in flight together rarely write the same document.</summary>
    private List<DeliveryItem[]> Chunks(IReadOnlyList<DeliveryItem> items)
    {
        var perShard = items.DistinctBy(i => i.Recipient.Key).GroupBy(i => journal.ShardOf(i.Recipient.Key))
            .Select(g => g.Chunk(Math.Max(1, options.Value.ChunkSize)).ToList()).ToList();
        var chunks = new List<DeliveryItem[]>();
        for (var round = 0; perShard.Any(s => s.Count > round); round++)
        {
            chunks.AddRange(perShard.Where(s => s.Count > round).Select(s => s[round]));
        }
        return chunks;
    }

    private async Task RunChunkAsync(string scope, DeliveryItem[] chunk, DeliveryResult result, CancellationToken cancellationToken)
    {
        var resolved = await Task.WhenAll(chunk.Select(async i => (Item: i, Contact: await contacts.ResolveAsync(i.Recipient, cancellationToken))));
        var byKey = new Dictionary<string, (DeliveryItem Item, Contact Contact)>(StringComparer.Ordinal);
        var messages = new Dictionary<string, Activity>(StringComparer.Ordinal);
        foreach (var (item, contact) in resolved)
        {
            // Someone who has done their part since the audience was worked out needs no message and no record.
            if (item.Wanted?.Invoke(contact) == false)
            {
                result.Report.CountSkipped();
                continue;
            }
            if (contact.CanSend)
            {
                if (Build(scope, item, contact) is not { } message) continue; // never record what cannot be sent
                messages[item.Recipient.Key] = message;
            }
            byKey[item.Recipient.Key] = (item, contact);
        }
        if (byKey.Count == 0) return;
        var attemptAt = time.GetUtcNow();
        var recorded = await journal.UpdateAsync(scope, byKey.Keys, (key, existing) => Attempt(byKey[key].Item, byKey[key].Contact, existing, attemptAt), cancellationToken);

        var sends = new List<(DeliveryItem Item, Contact Contact, Task<SendResult> Send)>();
        foreach (var (key, (item, contact)) in byKey)
        {
            if (!recorded.TryGetValue(key, out var entry))
            {
                result.Report.CountSkipped();
                continue;
            }
            result.Entries[key] = entry;
            switch (entry.State)
            {
                case DeliveryState.Attempted:
                    if (entry.Resent)
                    {
                        result.Report.CountResent();
                        logger.LogWarning("Resending {Occasion} in {Scope} after an interrupted attempt: the person may receive it twice", entry.Occasion, scope);
                    }
                    sends.Add((item, contact, sender.SendAsync(contact.Target!, messages[key], cancellationToken)));
                    break;
                case DeliveryState.Unreachable: result.Report.CountUnreachable(); break;
                case DeliveryState.Gone: result.Report.CountGone(); break;
                case DeliveryState.Uncertain:
                    logger.LogWarning("Gave up {Occasion} in {Scope}: its attempt was interrupted twice", entry.Occasion, scope);
                    break;
            }
        }
        if (sends.Count == 0) return;

        try
        {
            await Task.WhenAll(sends.Select(s => s.Send));
        }
        catch (OperationCanceledException)
        {
            // Stopping or the lease was lost: still record the sends that did finish, so fewer are resent later.
            await RecordAsync(scope, sends.Where(s => s.Send.IsCompletedSuccessfully).ToList(), attemptAt, result, CancellationToken.None);
            throw;
        }
        await RecordAsync(scope, sends, attemptAt, result, cancellationToken);
    }

    private async Task RecordAsync(string scope, List<(DeliveryItem Item, Contact Contact, Task<SendResult> Send)> sends, DateTimeOffset attemptAt,
        DeliveryResult result, CancellationToken cancellationToken)
    {
        if (sends.Count == 0) return;
        var outcomes = sends.ToDictionary(s => s.Item.Recipient.Key, s => (s.Contact, Result: s.Send.Result), StringComparer.Ordinal);
        var finishedAt = time.GetUtcNow();
        var written = await journal.UpdateAsync(scope, outcomes.Keys, (key, existing) =>
        {
            // Only our own attempt is ours to finish: anything newer was recorded by someone else since.
            if (existing is null || existing.State != DeliveryState.Attempted || existing.AttemptedAt != attemptAt) return null;
            var outcome = outcomes[key].Result;
            existing.State = outcome.Outcome switch
            {
                SendOutcome.Sent => DeliveryState.Sent,
                SendOutcome.Gone => DeliveryState.Gone,
                _ => DeliveryState.Failed,
            };
            existing.ActivityId = outcome.ActivityId;
            existing.Error = outcome.Error;
            existing.FinishedAt = finishedAt;
            return existing;
        }, cancellationToken);
        foreach (var (key, entry) in written) result.Entries[key] = entry;

        foreach (var (key, (contact, outcome)) in outcomes)
        {
            result.Report.Count(outcome.Outcome);
            result.Report.CountThrottled(outcome.Throttled);
            if (outcome.Outcome == SendOutcome.Gone) await contacts.MarkGoneAsync(contact, cancellationToken);
            else if (outcome.Outcome == SendOutcome.Sent && outcome.Reference is { } opened) await contacts.RememberAsync(contact, opened, cancellationToken);
            if (outcome.Outcome == SendOutcome.Sent) result.Delivered.Enqueue(key);
        }
    }

    private Activity? Build(string scope, DeliveryItem item, Contact contact)
    {
        try
        {
            return item.Build(contact);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not build the {Occasion} message of {Scope}; it is not sent", item.Occasion, scope);
            return null;
        }
    }

    private static JournalEntry? Attempt(DeliveryItem item, Contact contact, JournalEntry? existing, DateTimeOffset now)
    {
        if (!item.IsDue(existing)) return null;
        var sameOccasion = existing is not null && existing.Index == item.Index && existing.Occasion == item.Occasion;
        var next = existing ?? new JournalEntry();
        if (sameOccasion && existing!.State == DeliveryState.Attempted)
        {
            // Interrupted: it may have been delivered. Sent once more, flagged; never a second time.
            if (existing.Resent)
            {
                next.State = DeliveryState.Uncertain;
                next.FinishedAt = now;
                next.Error = "InterruptedTwice";
                return next;
            }
            next.Tries = existing.Tries + 1;
            next.Resent = true;
        }
        else if (sameOccasion && existing!.State == DeliveryState.Failed)
        {
            next.Tries = existing.Tries + 1; // a refused send was not delivered; a resend flag stays set
        }
        else
        {
            next.Tries = 1;
            next.Resent = false;
        }
        next.Occasion = item.Occasion;
        next.Index = item.Index;
        next.AttemptedAt = now;
        next.ActivityId = null;
        next.Error = null;
        next.SnoozedUntil = null;
        next.State = contact.Kind switch
        {
            ContactKind.Gone => DeliveryState.Gone,
            ContactKind.Unreachable => DeliveryState.Unreachable,
            _ => DeliveryState.Attempted,
        };
        next.FinishedAt = next.State == DeliveryState.Attempted ? null : now;
        return next;
    }
}
