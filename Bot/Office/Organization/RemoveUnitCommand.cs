using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Organization;

/// <summary>"xóa đơn vị" / "remove unit": asks which unit, and to confirm.</summary>
public sealed class RemoveUnitCommand(OfficeGate gate, DialogRunner dialogs) : IBotCommand
{
    private static readonly string[] Phrases = ["xoa don vi", "bo don vi", "xoa phong", "remove unit", "delete unit", "remove a unit"];

    public string Name => "office-unit-remove";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "remove unit", cancellationToken) is null) return;
        await dialogs.BeginAsync(turn, session, RemoveUnitDialog.DialogId, null, cancellationToken);
    }
}
