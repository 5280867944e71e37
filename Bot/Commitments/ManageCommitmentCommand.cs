using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Commitments;

/// <summary>"sửa đăng ký" (edit) and "rút đăng ký" (withdraw), typed with or without a number, or pressed on the details card.</summary>
public sealed class ManageCommitmentCommand(DialogRunner dialogs, ManageAction action) : IBotCommand
{
    private static readonly string[] EditPhrases =
        ["sua dang ky", "sua dang ki", "chinh sua dang ky", "doi dang ky", "cap nhat dang ky", "edit registration", "edit commitment", "edit my registration", "change registration"];

    private static readonly string[] WithdrawPhrases =
        ["rut dang ky", "rut dang ki", "huy dang ky", "xoa dang ky", "rut lai dang ky", "withdraw", "withdraw registration", "withdraw commitment", "cancel registration"];

    public string Name => action == ManageAction.Edit ? "commitment-edit" : "commitment-withdraw";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, action == ManageAction.Edit ? EditPhrases : WithdrawPhrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var number = RegistrationNumbers.Normalize(CardData.From(turn.Activity.Value)?.GetString("number")) ?? RegistrationNumbers.Find(turn.Activity.Text);
        var data = new ManageCommitmentData { Action = action, Number = number };
        return dialogs.BeginAsync(turn, session, ManageCommitmentDialog.DialogId, data, cancellationToken);
    }
}
