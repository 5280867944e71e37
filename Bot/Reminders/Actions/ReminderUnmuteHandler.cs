using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Views;

namespace EmulationBot.Reminders.Actions;

/// <summary>"Bật lại nhắc": reminders of the plan come again; the card gets its buttons back.</summary>
public sealed class ReminderUnmuteHandler(ReminderActions actions, MuteStore mutes) : ICardActionHandler
{
    public string Verb => ReminderVerbs.Unmute;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await actions.LoadAsync(turn, session, data, mustAct: false, cancellationToken) is not { } action) return;
        await mutes.SetAsync(action.PlanId, action.Actor.Person.Key, muted: false, cancellationToken);
        await actions.AnswerAsync(turn, action, ReminderCardState.Open, actions.T(action.Language, "reminders.card.unmutedNote"), cancellationToken);
    }
}
