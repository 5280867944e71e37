using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Organization;

/// <summary>"thêm đơn vị Phòng Thanh tra" adds the unit at once; "thêm đơn vị" alone asks for the name.</summary>
public sealed class AddUnitCommand(OfficeGate gate, DialogRunner dialogs) : IBotCommand
{
    internal static readonly string[] Phrases = ["them don vi", "tao don vi", "them phong", "add unit", "add a unit", "new unit"];

    public string Name => "office-unit-add";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "add unit", cancellationToken) is null) return;
        var name = TypedArgument.After(turn.Activity.Text, Phrases);
        await dialogs.BeginAsync(turn, session, AddUnitDialog.DialogId, new AddUnitDialog.State { Name = name }, cancellationToken);
    }
}
