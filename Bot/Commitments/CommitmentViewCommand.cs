using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Commitments;

/// <summary>
/// The details of one of the user's registrations ("xem đăng ký DK-…", or a tap on the list card), with "Sửa" and
/// "Rút đăng ký" while the rules allow. Only numbers in the user's own index are shown, whatever a card sends.
/// </summary>
public sealed class CommitmentViewCommand(CommitmentStore store, PublishedPlans plans, CommitmentCards cards, Strings strings, TimeProvider time) : IBotCommand
{
    public string Name => "commitment-view";

    /// <summary>Typed only with a number: "xem DK-250612-2K9F7QX", "chi tiết đăng ký DK-…".</summary>
    public double Match(Utterance utterance) =>
        RegistrationNumbers.Find(utterance.Original) is not null && (utterance.Contains("xem") || utterance.Contains("chi tiet") || utterance.Contains("show")) ? 5 : 0;

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var number = RegistrationNumbers.Normalize(CardData.From(turn.Activity.Value)?.GetString("number")) ?? RegistrationNumbers.Find(turn.Activity.Text);
        var language = session.Language;
        if (CommitmentIndex.FindByNumber(session.User, number) is not { } entry || await store.ReadAsync(entry.Key, cancellationToken) is not { } stored)
        {
            await turn.SendTextAsync(strings.Get(language, "commitments.manage.notFound", number ?? "?"), cancellationToken);
            return;
        }
        var plan = await plans.FindAsync(stored.Value.PlanId, cancellationToken);
        var blocked = CommitmentRules.BlockedReason(plan?.Plan, stored.Value, VietnamTime.Today(time));
        await turn.SendActivityAsync(cards.Details(stored.Value, blocked, language), cancellationToken);
    }
}
