using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Text;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>"thông báo" / "announcement": the office starts composing a broadcast; anyone else is told politely that it is for the office.</summary>
public sealed class BroadcastCommand(DialogRunner dialogs, ReminderAccess access, Localization.Strings strings) : IBotCommand
{
    private static readonly string[] Phrases = ["thong bao", "gui thong bao", "soan thong bao", "thong bao moi", "broadcast", "announcement", "send announcement", "announce"];

    public const string CommandName = "broadcast";

    public string Name => CommandName;

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (!session.IsPersonalChat || !(await access.ResolveAsync(turn, session, cancellationToken)).IsOffice)
        {
            await turn.SendTextAsync(strings.Get(session.Language, "reminders.broadcast.officeOnly"), cancellationToken);
            return;
        }
        await dialogs.BeginAsync(turn, session, BroadcastDialog.DialogId, null, cancellationToken);
    }
}
