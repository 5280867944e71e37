using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Plans.Model;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Commitments;

/// <summary>"đăng ký của tôi" / "my commitments": the user's registrations as a list card, from their own index (no record is read).</summary>
public sealed class MyCommitmentsCommand(PublishedPlans plans, CommitmentCards cards, Localization.Strings strings) : IBotCommand
{
    private static readonly string[] Phrases =
        ["dang ky cua toi", "dang ki cua toi", "xem dang ky", "danh sach dang ky", "toi da dang ky", "da dang ky gi", "cac dang ky",
         "my commitments", "my registrations", "my commitment", "my registration"];

    public string Name => "my-commitments";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, Phrases);

    public async Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var mine = session.User.Commitments;
        if (mine.Count == 0)
        {
            await turn.SendTextAsync(strings.Get(session.Language, "commitments.mine.none"), cancellationToken);
            return;
        }
        var titles = (await plans.ListAsync(cancellationToken)).ToDictionary(p => p.Plan.Id, p => PlanChoices.ShortName(p.Plan), StringComparer.Ordinal);
        await turn.SendActivityAsync(cards.List(mine, id => titles.GetValueOrDefault(id), session.Language), cancellationToken);
    }
}
