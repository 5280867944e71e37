using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Views;
using EmulationBot.Reminders.Work;

namespace EmulationBot.Reminders.Actions;

/// <summary>
/// "Đã xong": records that the person's unit has done it — or, when the obligation is done by a report or a
/// registration that is not there yet, opens that dialog instead. Either way no further reminder of it is owed
/// once the completion is recorded.
/// </summary>
public sealed class ReminderDoneHandler(ReminderActions actions, IReminderWork work, DialogRunner dialogs, TimeProvider time) : ICardActionHandler
{
    public string Verb => ReminderVerbs.Done;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await actions.LoadAsync(turn, session, data, mustAct: true, cancellationToken) is not { } action) return;
        var occurrence = action.Scheduled.Occurrence;
        var unitId = action.UnitId!;
        var unitDone = (await work.DoneUnitsAsync(action.PlanId, occurrence, [unitId], cancellationToken)).Contains(unitId);
        if (unitDone || work.IsDoneByPerson(action.PlanId, occurrence, session.User, unitId))
        {
            await actions.AnswerAsync(turn, action, ReminderCardState.Closed, actions.T(action.Language, "reminders.card.alreadyDone"), cancellationToken);
            return;
        }
        if (occurrence.Kind != WorkKind.Task && work.DialogFor(action.PlanId, occurrence) is { } dialog)
        {
            await dialogs.BeginAsync(turn, session, dialog.DialogId, dialog.Options, cancellationToken);
            var needs = actions.T(action.Language, occurrence.Kind == WorkKind.Registration ? "reminders.work.registration" : "reminders.work.report");
            await actions.AnswerAsync(turn, action, ReminderCardState.Open, actions.T(action.Language, "reminders.card.needsWork", needs), cancellationToken);
            return;
        }
        await work.MarkDoneAsync(action.PlanId, occurrence, unitId, action.Actor.Person, cancellationToken);
        var note = actions.T(action.Language, "reminders.card.doneNote", VietnamTime.FormatDateTime(time.GetUtcNow()));
        await actions.AnswerAsync(turn, action, ReminderCardState.Closed, note, cancellationToken);
    }
}
