using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Store;

namespace EmulationBot.Plans.Review;

/// <summary>The cards that answer review actions: the review card itself (with a note about an earlier publication), published, notices.</summary>
public sealed class PlanReviewResponses(PlanReviewCard reviewCard, CardFactory cards, Strings strings, IPlanCatalog catalog)
{
    public async Task<JsonElement> ReviewAsync(PlanDraft draft, Language language, string? notice, bool error, CancellationToken cancellationToken)
    {
        string? note = null;
        if (draft.ReopenedFromRevision is { } reopened) note = strings.Get(language, "plans.review.reopened", reopened);
        else if (await catalog.GetAsync(draft.Plan.Id, cancellationToken) is { } existing)
        {
            note = strings.Get(language, "plans.review.existing", existing.Revision, existing.Revision + 1);
        }
        return reviewCard.Build(draft, language, notice, error, note);
    }

    public JsonElement Published(PublishResult result, Language language)
    {
        var plan = result.Plan.Plan;
        var data = new JsonObject
        {
            ["title"] = plan.Title,
            ["facts"] = reviewCard.Facts(language,
                ("plans.review.number", plan.Identity.Number ?? strings.Get(language, "plans.review.unknown")),
                ("plans.published.revision", result.Plan.Revision.ToString(language.Culture())),
                ("plans.published.obligations", plan.Obligations.Count.ToString(language.Culture()))),
            ["text"] = strings.Get(language, result.Outcome == PublishOutcome.Unchanged ? "plans.published.unchanged" : "plans.published.text"),
        };
        return cards.Bind("plan-published", language, data);
    }

    public JsonElement Notice(Language language, string titleKey, string textKey, params object?[] args) =>
        cards.Bind("plan-notice", language, new JsonObject { ["title"] = strings.Get(language, titleKey), ["text"] = strings.Get(language, textKey, args) });
}
