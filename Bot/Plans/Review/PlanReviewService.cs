using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Office.Audit;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Plans.Review;

/// <summary>
/// Handles the review card's buttons. Every click re-checks that the sender belongs to the office (card data is never
/// trusted for identity), works on the draft in storage, refuses a click from an outdated card, and answers with the
/// updated card so that it changes in place.
/// </summary>
public sealed class PlanReviewService(
    PlanDraftStore drafts,
    PlanPublisher publisher,
    IPlanCatalog catalog,
    IRoleService roles,
    PersonResolver people,
    IAuditLog audit,
    PlanReviewResponses responses,
    Strings strings,
    TimeProvider time,
    ILogger<PlanReviewService> logger)
{
    public async Task HandleAsync(string verb, TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        var language = session.Language;
        if (!await roles.IsInRoleAsync(turn, session, Role.Office, cancellationToken))
        {
            logger.LogWarning("Refused plan review action {Verb} from a user outside the office", verb);
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(language, "plans.review.notOffice"));
            return;
        }
        if (verb == PlanReviewVerbs.Reopen)
        {
            await ReopenAsync(turn, data?.GetString("plan"), language, cancellationToken);
            return;
        }
        var draft = data?.GetString("draft") is { } id ? await drafts.GetAsync(id, cancellationToken) : null;
        if (draft is not { Status: DraftStatus.Open })
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(responses.Notice(language, "plans.review.title", "plans.review.draftGone"));
            return;
        }
        if (data!.GetString("version") != draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            await RespondAsync(turn, draft, language, strings.Get(language, "plans.review.stale"), true, cancellationToken);
            return;
        }
        switch (verb)
        {
            case PlanReviewVerbs.Publish:
                await PublishAsync(turn, session, draft, language, cancellationToken);
                return;
            case PlanReviewVerbs.Discard:
                await drafts.UpdateAsync(draft.Id, d => d.Version == draft.Version ? d with { Status = DraftStatus.Discarded } : null, time.GetUtcNow(), cancellationToken);
                turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(responses.Notice(language, "plans.discarded.title", "plans.discarded.text"));
                return;
        }
        var edit = Edit(verb, draft, data);
        if (edit.IsError)
        {
            await RespondAsync(turn, draft, language, strings.Get(language, edit.NoticeKey, edit.Args), true, cancellationToken);
            return;
        }
        var saved = await drafts.UpdateAsync(draft.Id, d => d.Version == draft.Version ? d with { Plan = edit.Plan! } : null, time.GetUtcNow(), cancellationToken);
        var applied = saved is not null && saved.Version == draft.Version + 1;
        await RespondAsync(turn, saved ?? draft, language, strings.Get(language, applied ? edit.NoticeKey : "plans.review.stale", edit.Args), !applied, cancellationToken);
    }

    private DraftEdit Edit(string verb, PlanDraft draft, CardData data)
    {
        var obligation = data.GetString("obligation") ?? "";
        var dates = new DateReadOptions
        {
            UserInput = true,
            DefaultYear = draft.Plan.Identity.Issued?.Year ?? Localization.VietnamTime.Today(time).Year,
            ReferenceDate = Localization.VietnamTime.Today(time),
        };
        return verb switch
        {
            PlanReviewVerbs.EditObligation => DraftEdits.EditObligation(draft.Plan, obligation, data.GetString("due_" + obligation), data.GetString("who_" + obligation), data.GetString("what_" + obligation), dates),
            PlanReviewVerbs.DropObligation => DraftEdits.DropObligation(draft.Plan, obligation),
            PlanReviewVerbs.AddObligation => DraftEdits.AddObligation(draft.Plan, data.GetString("newWhat"), data.GetString("newWho"), data.GetString("newDue"), dates),
            PlanReviewVerbs.EditInfo => DraftEdits.EditInfo(draft.Plan, new PlanInfoInput(
                data.GetString("infoNumber"), data.GetString("infoTitle"), data.GetString("infoIssuer"), data.GetString("infoProvince"),
                data.GetString("infoIssued"), data.GetString("infoTheme"), data.GetString("infoFrom"), data.GetString("infoTo")), dates, draft.ReopenedFromRevision is not null),
            _ => DraftEdit.Fail("plans.review.draftGone"),
        };
    }

    private async Task PublishAsync(TurnContext turn, UserSession session, PlanDraft draft, Language language, CancellationToken cancellationToken)
    {
        var by = turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id;
        var result = await publisher.PublishAsync(draft.Plan, by, draft.Source, cancellationToken);
        if (result.Outcome != PublishOutcome.Unchanged)
        {
            await audit.RecordAsync(await people.ResolveAsync(session, cancellationToken), AuditAction.Published, result.Plan.Plan.Id, $"{result.Plan.Plan.Title} (bản {result.Plan.Revision})", cancellationToken: cancellationToken);
        }
        await drafts.UpdateAsync(draft.Id, d => d with { Status = DraftStatus.Published, PublishedRevision = result.Plan.Revision }, time.GetUtcNow(), cancellationToken);
        turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(responses.Published(result, language));
    }

    private async Task ReopenAsync(TurnContext turn, string? planId, Language language, CancellationToken cancellationToken)
    {
        var published = string.IsNullOrEmpty(planId) ? null : await catalog.GetAsync(planId, cancellationToken);
        if (published is null)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(language, "plans.review.draftGone"));
            return;
        }
        var draft = await drafts.CreateAsync(new PlanDraft
        {
            Id = "",
            Plan = published.Plan,
            CreatedBy = turn.Activity.From?.AadObjectId ?? turn.Activity.From!.Id!,
            CreatedAt = time.GetUtcNow(),
            Source = "reopen",
            ReopenedFromRevision = published.Revision,
        }, $"reopen|{published.Plan.Id}|{published.Revision}|{turn.Activity.Id}", cancellationToken);
        var card = await responses.ReviewAsync(draft, language, null, false, cancellationToken);
        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] }, cancellationToken);
        turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(language, "plans.list.reopened"));
    }

    private async Task RespondAsync(TurnContext turn, PlanDraft draft, Language language, string notice, bool error, CancellationToken cancellationToken) =>
        turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(await responses.ReviewAsync(draft, language, notice, error, cancellationToken));
}
