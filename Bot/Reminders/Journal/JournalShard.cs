namespace EmulationBot.Reminders.Journal;

/// <summary>One stored part of a journal: the entries of the people whose key hashes to it.</summary>
public sealed class JournalShard
{
    public Dictionary<string, JournalEntry> Entries { get; set; } = new(StringComparer.Ordinal);
}
