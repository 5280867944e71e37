using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Exports;

/// <summary>"xuất danh sách" / "xuất excel" / "export": the plan's registrations and reports as Excel and CSV links.</summary>
public sealed class ExportCommand(ExportActions actions) : IBotCommand
{
    private static readonly string[] Phrases =
        ["xuat danh sach", "xuat excel", "xuat file", "xuat du lieu", "xuat bao cao thi dua", "tai danh sach thi dua", "export excel", "export lists"];

    private static readonly string[] Alone = ["export", "xuat"];

    public string Name => "office-export";

    public double Match(Utterance utterance) => utterance.IsExactly(Alone) ? 4 : CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken) =>
        actions.ExportAsync(turn, session, CardData.From(turn.Activity.Value), cancellationToken);
}
