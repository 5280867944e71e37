using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Organization;

/// <summary>"phân quyền" / "thêm nhân sự" / "set role": adds a person or changes one's unit and role, step by step.</summary>
public sealed class MemberCommand(OfficeGate gate, DialogRunner dialogs) : IBotCommand
{
    private static readonly string[] Phrases =
        ["phan quyen", "them nhan su", "them nguoi", "cap nhat nhan su", "sua nhan su", "dat vai tro", "gan vai tro", "doi vai tro", "set role", "assign role", "add person", "add a person"];

    public string Name => "office-member";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "set role", cancellationToken) is null) return;
        await dialogs.BeginAsync(turn, session, MemberDialog.DialogId, null, cancellationToken);
    }
}
