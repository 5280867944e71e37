using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;

namespace EmulationBot.Office;

/// <summary>
/// Settles which plan an office view is about: the one the card names (checked against the published plans), the
/// only one published, or — with several — the user picks on a card whose buttons come back to <c>verb</c>.
/// </summary>
public sealed class PlanChooser(PlanPicker plans, CardFactory cards, Strings strings)
{
    /// <summary>The plan, or null after answering (unknown plan, nothing published, or the choice card sent).</summary>
    public async Task<PlanSummary?> ChooseAsync(TurnContext turn, UserSession session, CardData? data, string verb, CancellationToken cancellationToken)
    {
        var language = session.Language;
        var requested = data?.GetString("plan");
        if (requested is { Length: > 0 })
        {
            if (await plans.PickAsync(requested, cancellationToken) is { } named) return named;
            await OfficeReply.TextAsync(turn, strings.Get(language, "office.unknownPlan"), cancellationToken);
            return null;
        }
        var published = await plans.PublishedAsync(cancellationToken);
        if (published.Count == 1) return published[0];
        if (published.Count == 0)
        {
            await OfficeReply.TextAsync(turn, strings.Get(language, "office.noPlans"), cancellationToken);
            return null;
        }
        var items = new JsonArray();
        foreach (var plan in published) items.Add(new JsonObject { ["id"] = plan.Id, ["title"] = plan.Title, ["number"] = plan.Number ?? "" });
        await OfficeReply.CardAsync(turn, cards.Message("office-plans", language, new JsonObject { ["verb"] = verb, ["plans"] = items }), cancellationToken);
        return null;
    }
}
