using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Views;
using EmulationBot.Reminders.Work;

namespace EmulationBot.Reminders.Actions;

/// <summary>"Làm ngay": opens the dialog that does the work (the report, or the registration) on this obligation.</summary>
public sealed class ReminderStartHandler(ReminderActions actions, IReminderWork work, DialogRunner dialogs) : ICardActionHandler
{
    public string Verb => ReminderVerbs.Start;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await actions.LoadAsync(turn, session, data, mustAct: true, cancellationToken) is not { } action) return;
        if (work.DialogFor(action.PlanId, action.Scheduled.Occurrence) is not { } dialog)
        {
            await actions.AnswerAsync(turn, action, ReminderCardState.Open, null, cancellationToken);
            return;
        }
        await dialogs.BeginAsync(turn, session, dialog.DialogId, dialog.Options, cancellationToken);
        var note = actions.T(action.Language, "reminders.card.startedNote", WorkName(action));
        await actions.AnswerAsync(turn, action, ReminderCardState.Open, note, cancellationToken);
    }

    private string WorkName(ReminderAction action) => actions.T(action.Language,
        action.Scheduled.Occurrence.Kind == WorkKind.Registration ? "reminders.work.registration" : "reminders.work.report");
}
