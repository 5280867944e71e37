using EmulationBot.Protocol;
using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Journal;

namespace EmulationBot.Reminders.Delivery;

/// <summary>One message for one person, as a journal records it: which occasion, and how to write it once the contact is known.</summary>
/// <param name="IsDue">Decides, at the moment the attempt is recorded (under the journal's ETag), whether it is still to be sent.</param>
public sealed record DeliveryItem(
    ReminderRecipient Recipient,
    string Occasion,
    int Index,
    Func<Contact, Activity> Build,
    Func<JournalEntry?, bool> IsDue)
{
    /// <summary>Whether the person still needs the message, judged from their user state once it is read (null: always).</summary>
    public Func<Contact, bool>? Wanted { get; init; }
}
