using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Views;

namespace EmulationBot.Reminders.Actions;

/// <summary>"Tắt nhắc kế hoạch này": no more reminders of this plan for the person (the card offers to turn them back on).</summary>
public sealed class ReminderMuteHandler(ReminderActions actions, MuteStore mutes) : ICardActionHandler
{
    public string Verb => ReminderVerbs.Mute;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await actions.LoadAsync(turn, session, data, mustAct: false, cancellationToken) is not { } action) return;
        await mutes.SetAsync(action.PlanId, action.Actor.Person.Key, muted: true, cancellationToken);
        var note = actions.T(action.Language, "reminders.card.mutedNote", action.Scheduled.Plan.Plan.Title);
        await actions.AnswerAsync(turn, action, ReminderCardState.Muted, note, cancellationToken);
    }
}
