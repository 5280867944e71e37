using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Reports;

/// <summary>"báo cáo đã nộp" / "my reports": what the user submitted, newest first, from their own index.</summary>
public sealed class MyReportsCommand(ReportCards cards, Strings strings) : IBotCommand
{
    private static readonly string[] Phrases =
        ["bao cao da nop", "da nop bao cao", "cac bao cao da nop", "bao cao cua toi", "xem bao cao da nop", "toi da nop gi", "my reports", "submitted reports", "reports i submitted"];

    public string Name => "my-reports";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken) =>
        session.User.Reports.Count == 0
            ? turn.SendTextAsync(strings.Get(session.Language, "reports.mine.none"), cancellationToken)
            : turn.SendActivityAsync(cards.List(session.User.Reports, session.Language), cancellationToken);
}
