namespace EmulationBot.Reminders.Journal;

/// <summary>
/// When a person is still owed a message, from their journal entry. An occasion is owed once: not when a later one
/// was recorded, not while the person snoozed, not again once settled. An attempt still "attempted" after the
/// attempt timeout was interrupted (the sender died): it is owed once more, and only once. A failed one is owed
/// again after a back-off, a few times.
/// </summary>
public sealed record JournalRules(TimeSpan AttemptTimeout, TimeSpan FailedRetryDelay, int MaxAttempts)
{
    public bool Owes(JournalEntry? entry, string occasion, int index, DateTimeOffset now)
    {
        if (entry is null) return true;
        if (entry.Index > index) return false;
        if (entry.Index < index) return !IsSnoozed(entry, now) && !IsInFlight(entry, now);
        if (entry.Occasion != occasion && entry.State != DeliveryState.Attempted) return false; // covered by another message for this occasion
        return entry.State switch
        {
            DeliveryState.Attempted => now - entry.AttemptedAt >= AttemptTimeout,
            DeliveryState.Failed => entry.Tries < MaxAttempts && now >= RetryAt(entry),
            _ => false,
        };
    }

    /// <summary>
    /// For a one-off message (a broadcast, a "nhắc ngay"): owed unless this very occasion was already recorded — then only
    /// as <see cref="Owes"/> allows (an interrupted attempt once more, a failed one after its back-off).
    /// </summary>
    public bool OwesOnce(JournalEntry? entry, string occasion, DateTimeOffset now)
    {
        if (entry is null) return true;
        if (entry.Occasion != occasion) return !IsInFlight(entry, now);
        return Owes(entry, occasion, entry.Index, now);
    }

    /// <summary>Whether a message is still under way: recorded and not yet marked, or failed with tries left.</summary>
    public bool IsPending(JournalEntry entry) =>
        entry.State == DeliveryState.Attempted || (entry.State == DeliveryState.Failed && entry.Tries < MaxAttempts);

    /// <summary>The person asked to be reminded again, and that time has come.</summary>
    public static bool SnoozeIsDue(JournalEntry? entry, DateTimeOffset now) => entry?.SnoozedUntil is { } until && until <= now;

    public static bool IsSnoozed(JournalEntry entry, DateTimeOffset now) => entry.SnoozedUntil is { } until && until > now;

    /// <summary>When this entry needs another look (a snooze, an attempt that may have been interrupted, a retry); null when never.</summary>
    public DateTimeOffset? NextLook(JournalEntry entry)
    {
        DateTimeOffset? at = entry.SnoozedUntil;
        if (entry.State == DeliveryState.Attempted) at = Min(at, entry.AttemptedAt + AttemptTimeout);
        if (entry.State == DeliveryState.Failed && entry.Tries < MaxAttempts) at = Min(at, RetryAt(entry));
        return at;
    }

    private bool IsInFlight(JournalEntry entry, DateTimeOffset now) =>
        entry.State == DeliveryState.Attempted && now - entry.AttemptedAt < AttemptTimeout;

    private DateTimeOffset RetryAt(JournalEntry entry) => (entry.AttemptedAt ?? DateTimeOffset.MinValue) + FailedRetryDelay * Math.Max(1, entry.Tries);

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
