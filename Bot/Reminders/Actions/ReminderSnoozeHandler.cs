using System.Globalization;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Reminders.Views;

namespace EmulationBot.Reminders.Actions;

/// <summary>
/// "Nhắc lại sau": the reminder comes back at the send time of the next working day (within sending hours), and
/// no scheduled reminder of this obligation reaches the person before then.
/// </summary>
public sealed class ReminderSnoozeHandler(
    ReminderActions actions,
    DeliveryJournal journal,
    ScheduleProgressStore progress,
    WorkCalendar calendar,
    ReminderOptions options,
    TimeProvider time) : ICardActionHandler
{
    public string Verb => ReminderVerbs.Snooze;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await actions.LoadAsync(turn, session, data, mustAct: true, cancellationToken) is not { } action) return;
        var day = VietnamTime.Today(time).AddDays(1);
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        var until = calendar.NextAllowed(VietnamTime.At(day, TimeOnly.Parse(options.SendAt, CultureInfo.InvariantCulture)));
        var scheduled = action.Scheduled;
        var index = scheduled.LatestReminderIndexAt(time.GetUtcNow());
        await journal.UpdateAsync(scheduled.Scope, [action.Actor.Person.Key], (_, entry) =>
        {
            // Someone who snoozes a card that reached them some other way still gets the reminder back.
            entry ??= new JournalEntry { Occasion = ReminderScopes.Snooze, Index = index, State = DeliveryState.Sent, FinishedAt = time.GetUtcNow() };
            entry.SnoozedUntil = until;
            return entry;
        }, cancellationToken);
        await progress.WakeAsync(scheduled.Scope, scheduled.Occurrence.Due, until, cancellationToken);
        var note = actions.T(action.Language, "reminders.card.snoozedNote", VietnamTime.FormatDateTime(until));
        await actions.AnswerAsync(turn, action, ReminderCardState.Closed, note, cancellationToken);
    }
}
