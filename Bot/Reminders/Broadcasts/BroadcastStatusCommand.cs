using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Text;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>"thông báo đã gửi" / "announcement status": the office sees the summary of the latest broadcast.</summary>
public sealed class BroadcastStatusCommand(BroadcastStore store, BroadcastReports reports, BroadcastCards cards, ReminderAccess access, Localization.Strings strings) : IBotCommand
{
    private static readonly string[] Phrases = ["thong bao da gui", "tinh hinh thong bao", "tong hop thong bao", "ai da nhan thong bao", "announcement status", "broadcast status"];

    public string Name => "broadcast-status";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (!(await access.ResolveAsync(turn, session, cancellationToken)).IsOffice)
        {
            await turn.SendTextAsync(strings.Get(session.Language, "reminders.broadcast.officeOnly"), cancellationToken);
            return;
        }
        if (await store.LatestAsync(cancellationToken) is not { } broadcast)
        {
            await turn.SendTextAsync(strings.Get(session.Language, "reminders.broadcast.noneYet"), cancellationToken);
            return;
        }
        var summary = await reports.SummarizeAsync(broadcast, cancellationToken);
        await turn.SendActivityAsync(BroadcastCards.Wrap(cards.Summary(summary, session.Language)), cancellationToken);
    }
}
