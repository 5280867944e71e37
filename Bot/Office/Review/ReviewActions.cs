using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Office.Exports;
using EmulationBot.Office.Forms;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Office.Review;

/// <summary>
/// The review cards' buttons: the waiting list, one item, approve, return (with a reason), the Word form, and the
/// office's "forward the consolidated list". The plan and item a card names are looked up and checked against who
/// presses: an item outside their reach is refused as if it did not exist.
/// </summary>
public sealed class ReviewActions(
    OfficeGate gate, PlanChooser chooser, PublishedPlans plans, ReviewService review, ReviewView view,
    PlanExporter exporter, FormExporter forms, ExportDelivery delivery, Strings strings)
{
    public const string QueueVerb = "office.review";

    public async Task QueueAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken) =>
        await ShowQueueAsync(turn, session, data, null, cancellationToken);

    public async Task OpenAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await ItemAsync(turn, session, data, "review item", cancellationToken) is not { } found) return;
        var canDecide = found.Entry.IsWaiting && await review.MayDecideAsync(found.Person, found.Entry, cancellationToken);
        await OfficeReply.CardAsync(turn, view.Item(found.Plan, found.Entry, canDecide, session.Language, null), cancellationToken);
    }

    public Task ApproveAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken) => DecideAsync(turn, session, data, true, cancellationToken);

    public Task ReturnAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken) => DecideAsync(turn, session, data, false, cancellationToken);

    public async Task FormAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (!delivery.IsConfigured)
        {
            await OfficeReply.TextAsync(turn, delivery.NotConfigured(session.Language), cancellationToken);
            return;
        }
        if (await ItemAsync(turn, session, data, "registration form", cancellationToken) is not { } found || found.Entry.Commitment is not { } keyed) return;
        await SendAsync(turn, session, await forms.RegistrationAsync(found.Person, found.Plan, keyed.Commitment, session.Language, cancellationToken), cancellationToken);
    }

    public async Task ForwardAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "forward list", cancellationToken) is not { } person) return;
        if (!delivery.IsConfigured)
        {
            await OfficeReply.TextAsync(turn, delivery.NotConfigured(session.Language), cancellationToken);
            return;
        }
        if (await chooser.ChooseAsync(turn, session, data, QueueVerb, cancellationToken) is not { } summary || await plans.FindAsync(summary.Id, cancellationToken) is not { } plan) return;
        await SendAsync(turn, session, await exporter.ExportAsync(person, plan, session.Language, approvedOnly: true, cancellationToken), cancellationToken);
    }

    private async Task DecideAsync(TurnContext turn, UserSession session, CardData? data, bool approve, CancellationToken cancellationToken)
    {
        if (await ItemAsync(turn, session, data, approve ? "approve" : "return", cancellationToken) is not { } found) return;
        var result = await review.DecideAsync(found.Person, found.Plan.Plan.Id, found.Entry.Id, approve, data?.GetString("reason"), session.ChannelId, cancellationToken);
        var author = result.Entry?.Commitment?.Commitment.Owner.Name ?? result.Entry?.Report?.Report.Submitter.Name;
        var language = session.Language;
        switch (result.Outcome)
        {
            case DecisionOutcome.Approved or DecisionOutcome.Returned:
                var notice = !result.Notified ? T(language, "office.review.notReachable", author)
                    : T(language, result.Outcome == DecisionOutcome.Approved ? "office.review.approved" : "office.review.returned", author);
                await ShowQueueAsync(turn, session, data, notice, cancellationToken);
                break;
            case DecisionOutcome.NeedReason:
                await OfficeReply.CardAsync(turn, view.Item(found.Plan, found.Entry, true, language, T(language, "office.review.needReason")), cancellationToken);
                break;
            case DecisionOutcome.AlreadyDecided:
                await OfficeReply.CardAsync(turn, view.Item(found.Plan, result.Entry!, false, language, T(language, "office.review.alreadyDecided", author)), cancellationToken);
                break;
            case DecisionOutcome.NotYours:
                await gate.DenyAsync(turn, session, found.Person, "decide another's item", cancellationToken);
                break;
            default:
                await OfficeReply.TextAsync(turn, T(language, "office.review.gone"), cancellationToken);
                break;
        }
    }

    private async Task ShowQueueAsync(TurnContext turn, UserSession session, CardData? data, string? notice, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, "review", cancellationToken) is not { } person) return;
        if (await chooser.ChooseAsync(turn, session, data, QueueVerb, cancellationToken) is not { } summary || await plans.FindAsync(summary.Id, cancellationToken) is not { } plan) return;
        var entries = await review.QueueAsync(person, plan.Plan.Id, cancellationToken);
        await OfficeReply.CardAsync(turn, view.Queue(plan, person, entries, session.Language, notice), cancellationToken);
    }

    /// <summary>The sender, the plan and the item the card names — refused (as not found) when it is not under the plan or not within reach.</summary>
    private async Task<(Person Person, Plans.Store.PublishedPlan Plan, ReviewEntry Entry)?> ItemAsync(TurnContext turn, UserSession session, CardData? data, string what, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, what, cancellationToken) is not { } person) return null;
        var plan = data?.GetString("plan") is { Length: > 0 } id ? await plans.FindAsync(id, cancellationToken) : null;
        var itemId = plan is null ? null : ReviewItemId.Parse(data?.GetString("item"), plan.Plan.Id);
        var entry = itemId is null ? null : await review.FindAsync(person, plan!.Plan.Id, itemId, cancellationToken);
        if (entry is null)
        {
            await OfficeReply.TextAsync(turn, T(session.Language, "office.review.gone"), cancellationToken);
            return null;
        }
        return (person, plan!, entry);
    }

    /// <summary>A new message with the links; an Action.Execute press also gets a short note and keeps its card.</summary>
    private async Task SendAsync(TurnContext turn, UserSession session, Activity card, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync(card, cancellationToken);
        if (turn.Activity.Type == ActivityTypes.Invoke) turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(T(session.Language, "office.exports.ready"));
    }

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
