using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Audience;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Reminders.Views;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Actions;

/// <summary>
/// "Nhắc ngay" on an escalation card: the unit head (their unit only) or the office queues a reminder to exactly the
/// people still missing; the card is redrawn with who is missing now.
/// </summary>
public sealed class RemindNowHandler(
    ReminderActions actions,
    IRemindNowService remindNow,
    MissingPeople missingPeople,
    UnitDirectoryStore directory,
    EscalationCards cards,
    TimeProvider time) : ICardActionHandler
{
    public string Verb => ReminderVerbs.RemindNow;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await actions.LoadAsync(turn, session, data, mustAct: false, cancellationToken) is not { } action) return;
        var unitId = ReminderActionData.From(data)!.UnitId;
        var result = await remindNow.RemindAsync(action.Actor, action.PlanId, action.Scheduled.Occurrence.Key, unitId, cancellationToken);
        if (result.Status == RemindNowStatus.NotAllowed)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(actions.T(action.Language, "reminders.action.notAllowed"));
            return;
        }
        var units = await directory.GetAsync(cancellationToken);
        var unitName = unitId is null ? null : units.FindUnit(unitId)?.Name;
        var note = result.Status == RemindNowStatus.Queued
            ? actions.T(action.Language, "reminders.escalation.reminded", result.People, unitName ?? "", VietnamTime.FormatDateTime(result.SendsAt))
            : actions.T(action.Language, "reminders.escalation.nobody", unitName ?? "");
        // Redraw for what the presser may see: the office every unit, a head their own.
        var scope = action.Actor.IsOffice ? null : action.UnitId;
        var missing = await missingPeople.ForAsync(action.Scheduled, units, scope, cancellationToken);
        var view = new EscalationView(action.PlanId, action.Scheduled.Plan.Plan.Title, action.Scheduled.Occurrence, VietnamTime.Today(time),
            missing.Select(m => m.ToView()).ToList(), action.Actor.IsOffice, note);
        await ReminderActions.Replace(turn, action.ReplyToId, cards.Card(view, action.Language), cancellationToken);
    }
}
