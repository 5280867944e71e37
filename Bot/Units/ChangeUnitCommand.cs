using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Units;

/// <summary>"đổi đơn vị" / "change unit": lets a user correct the unit they belong to.</summary>
public sealed class ChangeUnitCommand(DialogRunner dialogs) : IBotCommand
{
    private static readonly string[] Phrases = ["doi don vi", "chuyen don vi", "doi phong", "don vi cua toi", "change unit", "my unit", "chon don vi"];

    public string Name => "unit";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken) =>
        dialogs.BeginAsync(turn, session, ChooseUnitDialog.DialogId, true, cancellationToken);
}
