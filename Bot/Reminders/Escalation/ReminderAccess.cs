using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Escalation;

/// <summary>Decides who the sender of a turn is and whether they act as the office — from the activity and the directory, never from card data.</summary>
public sealed class ReminderAccess(PersonResolver people)
{
    public async Task<ReminderActor> ResolveAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var person = await people.ResolveAsync(session, cancellationToken);
        return new ReminderActor(person, person.IsOffice);
    }
}
