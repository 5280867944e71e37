using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Commitments;

/// <summary>"đăng ký" / "đăng ký thi đua" / "register" (and "đăng ký tập thể" for a unit); a card button may name the plan.</summary>
public sealed class RegisterCommand(DialogRunner dialogs) : IBotCommand
{
    private static readonly string[] Phrases =
        ["dang ky", "dang ki", "dang ky thi dua", "dang ki thi dua", "dang ky danh hieu", "dang ky tap the", "dang ky cho don vi", "register", "registration", "sign up", "commit"];

    private static readonly string[] CollectiveWords = ["tap the", "cho don vi", "collective", "for my unit", "for the unit"];

    public string Name => "register";

    /// <summary>Requests only: "hạn đăng ký là khi nào?" is a question for the plan Q&amp;A.</summary>
    public double Match(Utterance utterance) => QuestionWords.IsQuestion(utterance, Phrases) ? 0 : CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var utterance = new Utterance(turn.Activity.Text);
        var draft = new CommitmentDraft
        {
            WantsCollective = CollectiveWords.Any(utterance.Contains),
            PresetPlanId = CardData.From(turn.Activity.Value)?.GetString("plan"),
        };
        return dialogs.BeginAsync(turn, session, RegisterDialog.DialogId, draft, cancellationToken);
    }
}
