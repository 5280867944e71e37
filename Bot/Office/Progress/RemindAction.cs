using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Escalation;

namespace EmulationBot.Office.Progress;

/// <summary>
/// «Nhắc ngay» on a unit's progress card: for each of the unit's tasks that is overdue or due within two weeks, the
/// reminders feature reminds right away (within sending hours) exactly the people who have still not done it.
/// </summary>
public sealed class RemindAction(ProgressActions progress, ProgressReader reader, IRemindNowService remindNow, Strings strings)
{
    public const string Verb = "office.progress.remind";
    private const int DueWithinDays = 14;

    public async Task RemindAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await progress.ResolveAsync(turn, session, data, "remind now", cancellationToken) is not { } resolved) return;
        var (person, plan, unitId) = resolved;
        var unit = (await reader.ReadAsync(plan, [unitId], cancellationToken)).Units.Single();
        var open = unit.Work.Where(w => w.Status == DeadlineStatus.Overdue || (w.Status == DeadlineStatus.Pending && w.DaysLeft <= DueWithinDays)).ToList();
        var actor = new ReminderActor(person, person.IsOffice);
        int people = 0, tasks = 0;
        DateTimeOffset sendsAt = default;
        foreach (var work in open)
        {
            var result = await remindNow.RemindAsync(actor, plan.Plan.Id, work.Occurrence.Key, unitId, cancellationToken);
            if (result.Status == RemindNowStatus.NotAllowed)
            {
                await OfficeReply.TextAsync(turn, strings.Get(session.Language, "office.progress.remindNotAllowed"), cancellationToken);
                return;
            }
            if (result.Status != RemindNowStatus.Queued) continue;
            (people, tasks, sendsAt) = (people + result.People, tasks + 1, result.SendsAt);
        }
        var notice = tasks == 0
            ? strings.Get(session.Language, "office.progress.nobodyMissing")
            : strings.Get(session.Language, "office.progress.reminded", people, tasks, VietnamTime.FormatDateTime(sendsAt));
        await progress.ShowUnitAsync(turn, session, data, notice, cancellationToken);
    }
}
