using System.Collections.Concurrent;
using EmulationBot.Reminders.Journal;

namespace EmulationBot.Reminders.Delivery;

/// <summary>The counts of a delivery run and the journal entries as it left them.</summary>
public sealed class DeliveryResult
{
    public DeliveryReport Report { get; } = new();

    /// <summary>The entries this run wrote, by person key.</summary>
    public ConcurrentDictionary<string, JournalEntry> Entries { get; } = new(StringComparer.Ordinal);

    /// <summary>The keys of the people the message reached.</summary>
    public ConcurrentQueue<string> Delivered { get; } = new();
}
