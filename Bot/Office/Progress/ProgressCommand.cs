using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Progress;

/// <summary>"tiến độ" / "progress": the plan's progress per unit for the office, the own unit's for a unit head.</summary>
public sealed class ProgressCommand(ProgressActions actions) : IBotCommand
{
    private static readonly string[] Phrases =
        ["tien do", "tien do thi dua", "tinh hinh thi dua", "theo doi tien do", "tien do cac don vi", "ai chua dang ky", "progress", "emulation progress"];

    public string Name => "office-progress";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken) =>
        actions.OverviewAsync(turn, session, CardData.From(turn.Activity.Value), cancellationToken);
}
