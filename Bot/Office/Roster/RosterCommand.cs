using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Roster;

/// <summary>"nhập danh sách nhân sự" / "import staff list": asks the office for the roster file.</summary>
public sealed class RosterCommand(OfficeGate gate, DialogRunner dialogs) : IBotCommand
{
    private static readonly string[] Phrases =
        ["nhap danh sach", "nhap danh sach nhan su", "tai danh sach nhan su", "gui danh sach nhan su", "cap nhat danh sach nhan su", "import roster", "import staff list", "upload staff list"];

    public string Name => "office-roster";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "roster import", cancellationToken) is null) return;
        await dialogs.BeginAsync(turn, session, RosterDialog.DialogId, null, cancellationToken);
    }
}
