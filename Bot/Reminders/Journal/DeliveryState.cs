namespace EmulationBot.Reminders.Journal;

/// <summary>Where one message stands in the delivery journal.</summary>
public enum DeliveryState
{
    /// <summary>Recorded, about to be sent (or sent by a process that died before it could say so).</summary>
    Attempted,
    Sent,

    /// <summary>The connector refused for now (5xx, unreachable); tried again by a later pass, a few times.</summary>
    Failed,

    /// <summary>The bot was removed or the user or chat no longer exists: never tried again.</summary>
    Gone,

    /// <summary>No chat with the person and no way to open one (they never talked to the bot, no service URL known).</summary>
    Unreachable,

    /// <summary>An interrupted attempt was retried once and that retry was interrupted too: given up, maybe delivered.</summary>
    Uncertain,
}
