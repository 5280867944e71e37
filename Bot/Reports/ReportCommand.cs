using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Reports;

/// <summary>"nộp báo cáo" / "submit report": starts the report dialog; a card button may name the plan and the obligation.</summary>
public sealed class ReportCommand(DialogRunner dialogs) : IBotCommand
{
    private static readonly string[] Phrases =
        ["nop bao cao", "gui bao cao", "nop bc", "gui bc", "nop ket qua", "bao cao ket qua", "nop lai bao cao", "submit report", "send report", "submit a report", "report"];

    public string Name => "report";

    /// <summary>Requests only: "hạn nộp báo cáo là khi nào?" is a question for the plan Q&amp;A.</summary>
    public double Match(Utterance utterance) => QuestionWords.IsQuestion(utterance, Phrases) ? 0 : CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var card = CardData.From(turn.Activity.Value);
        var draft = new ReportDraft { PresetPlanId = card?.GetString("plan"), PresetOccurrence = card?.GetString("occurrence") };
        return dialogs.BeginAsync(turn, session, ReportDialog.DialogId, draft, cancellationToken);
    }
}
