using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Organization;

/// <summary>"đổi tên đơn vị" / "rename unit": asks which unit and its new name.</summary>
public sealed class RenameUnitCommand(OfficeGate gate, DialogRunner dialogs) : IBotCommand
{
    private static readonly string[] Phrases = ["doi ten don vi", "sua ten don vi", "doi ten phong", "rename unit", "rename a unit"];

    public string Name => "office-unit-rename";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "rename unit", cancellationToken) is null) return;
        await dialogs.BeginAsync(turn, session, RenameUnitDialog.DialogId, null, cancellationToken);
    }
}
