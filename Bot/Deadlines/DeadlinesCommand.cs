using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;
using EmulationBot.Units;

namespace EmulationBot.Deadlines;

/// <summary>
/// "hạn sắp tới?", "tôi còn việc gì chưa nộp?", "deadline báo cáo tổng kết", "my deadlines": the personal list of the
/// user's unit. It takes personal phrasings only; a question about what a plan says ("hạn nộp báo cáo tổng kết của
/// Quảng Bình là khi nào?") is left to the plan Q&amp;A.
/// </summary>
public sealed class DeadlinesCommand(DeadlinesPresenter presenter, PersonResolver people, UnitDirectoryStore directory, DialogRunner dialogs) : IBotCommand
{
    private static readonly string[] Phrases =
    [
        "han sap toi", "sap den han", "sap het han", "sap toi han", "cac han sap toi", "han cua toi", "han cua don vi", "han cua don vi toi",
        "han cua phong toi", "viec cua toi", "viec cua don vi", "con viec gi", "con viec gi chua nop", "viec gi chua nop", "chua nop", "chua nop gi",
        "viec chua lam", "viec sap toi", "viec can lam", "lich nop", "qua han", "tre han", "deadline", "deadlines", "my deadlines", "upcoming deadlines",
        "whats due", "what is due", "due soon", "overdue", "what do i still have to do", "my tasks",
    ];

    /// <summary>Words that make a question personal: about me, my unit, what is coming or still open.</summary>
    private static readonly string[] Personal =
        ["toi", "minh", "em", "chung toi", "don vi toi", "phong toi", "cua toi", "sap toi", "chua nop", "chua lam", "con viec", "qua han", "my", "i", "me", "upcoming", "overdue"];

    /// <summary>Words of a question about a plan's text rather than about one's own work.</summary>
    private static readonly string[] AboutAPlan =
        ["ke hoach", "quy dinh", "theo", "cua so", "tinh", "quang binh", "dak nong", "la khi nao", "la ngay nao", "bao gio", "khi nao", "plan", "says"];

    public string Name => "deadlines";

    /// <summary>
    /// A personal phrasing claims the whole message (a score of at least its length), so that the plan Q&amp;A, which
    /// reads typed questions first, leaves it to this list; a question about a plan's text scores nothing.
    /// </summary>
    public double Match(Utterance utterance)
    {
        var score = CommandMatch.Best(utterance, Phrases);
        if (score == 0 || (!Personal.Any(utterance.Contains) && AboutAPlan.Any(utterance.Contains))) return 0;
        return Math.Max(score, utterance.Syllables.Count);
    }

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var query = DeadlineQuery.Read(new Utterance(turn.Activity.Text));
        var person = await people.ResolveAsync(session, cancellationToken);
        if (person.Unit is null && !DialogRunner.IsActive(session) && (await directory.GetAsync(cancellationToken)).Units.Count > 0)
        {
            await dialogs.BeginAsync(turn, session, DeadlinesDialog.DialogId, query, cancellationToken);
            return;
        }
        await presenter.ShowAsync(turn, session, person, query, cancellationToken);
    }
}
