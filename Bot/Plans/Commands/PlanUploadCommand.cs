using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Text;

namespace EmulationBot.Plans.Commands;

/// <summary>
/// "gửi kế hoạch", "publish plan": tells the office how to send a plan (others learn that only the office can).
/// Only the whole message counts: "hạn gửi kế hoạch về Văn phòng Sở" is a question for the plan Q&amp;A.
/// </summary>
public sealed class PlanUploadCommand(IRoleService roles, Strings strings) : IBotCommand
{
    private static readonly string[] Phrases =
    [
        "gui ke hoach", "gui ke hoach moi", "tai ke hoach", "tai ke hoach len", "dang ke hoach", "cong bo ke hoach", "nap ke hoach",
        "them ke hoach", "ke hoach moi", "upload plan", "upload a plan", "publish plan", "publish a plan", "send plan", "send a plan", "new plan",
    ];

    public string Name => "plans.upload";

    public double Match(Utterance utterance) => utterance.IsExactly(Phrases) ? 10 : 0;

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var office = await roles.IsInRoleAsync(turn, session, Role.Office, cancellationToken);
        await turn.SendTextAsync(strings.Get(session.Language, office ? "plans.upload.howTo" : "plans.upload.notOffice"), cancellationToken);
    }
}
