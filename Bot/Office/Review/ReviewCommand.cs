using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Review;

/// <summary>"duyệt" / "review": what waits for the sender's decision (a unit head: their unit's registrations; the office: collective registrations and reports).</summary>
public sealed class ReviewCommand(ReviewActions actions) : IBotCommand
{
    private static readonly string[] Phrases =
        ["duyet dang ky", "duyet bao cao", "danh sach cho duyet", "viec cho duyet", "review registrations", "review reports"];

    /// <summary>Words that appear in employees' questions too ("đã được duyệt chưa?"): they count only on their own.</summary>
    private static readonly string[] Alone = ["duyet", "phe duyet", "cho duyet", "xet duyet", "review", "approvals"];

    public string Name => "office-review";

    public double Match(Utterance utterance) => utterance.IsExactly(Alone) ? 4 : CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken) =>
        actions.QueueAsync(turn, session, CardData.From(turn.Activity.Value), cancellationToken);
}
