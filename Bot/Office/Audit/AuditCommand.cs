using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Office.Audit;

/// <summary>"nhật ký" / "audit log": the office reads the latest entries of the audit trail, all plans or one.</summary>
public sealed class AuditCommand(OfficeGate gate, PlanPicker plans, AuditView view, Localization.Strings strings) : IBotCommand
{
    public const string Verb = "office.audit";
    private static readonly string[] Phrases = ["nhat ky", "nhat ky hoat dong", "lich su hoat dong", "audit", "audit log", "activity log"];

    public string Name => "office-audit";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken) =>
        ShowAsync(turn, session, CardData.From(turn.Activity.Value), cancellationToken);

    /// <summary>The card, for the plan the card data names (checked), or for all plans.</summary>
    public async Task ShowAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "audit log", cancellationToken) is null) return;
        var requested = data?.GetString("plan");
        Plans.Store.PlanSummary? plan = null;
        if (requested is { Length: > 0 } && requested != AuditView.AllPlans)
        {
            plan = await plans.PickAsync(requested, cancellationToken);
            if (plan is null)
            {
                await OfficeReply.TextAsync(turn, strings.Get(session.Language, "office.unknownPlan"), cancellationToken);
                return;
            }
        }
        await OfficeReply.CardAsync(turn, await view.BuildAsync(session.Language, plan, cancellationToken), cancellationToken);
    }
}
