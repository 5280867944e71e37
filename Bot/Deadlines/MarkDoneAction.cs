using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Deadlines;

/// <summary>
/// "Đã xong" on the deadlines card (Action.Execute): records that the user's unit has done a task, then answers with
/// the refreshed card, which replaces the old one in place. The unit and the right to act come from the activity's
/// sender; the card only names the plan and the occurrence, which must be one the sender's unit has to do.
/// </summary>
public sealed class MarkDoneAction(
    PublishedPlans plans,
    PersonResolver people,
    UnitDirectoryStore directory,
    CompletionStore completions,
    DeadlinesPresenter presenter,
    Strings strings,
    TimeProvider time) : ICardActionHandler
{
    public string Verb => DeadlineCards.MarkDoneVerb;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        var person = await people.ResolveAsync(session, cancellationToken);
        var plan = await plans.FindAsync(data?.GetString("plan"), cancellationToken);
        var key = data?.GetString("occurrence") ?? "";
        var obligation = plan?.Plan.FindObligation(ObligationOccurrences.ObligationIdOf(key));
        var units = (await directory.GetAsync(cancellationToken)).Units;
        if (person.Unit is not { } unit || plan is null || obligation is null || ObligationOccurrences.Find(obligation, key, plan.Plan.Period) is not { } occurrence
            || !ObligationAssignees.Resolve(obligation, units).Includes(unit.Id))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(session.Language, "deadlines.cannotMark"));
            return;
        }
        if (occurrence.Kind != ObligationKind.Task)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(session.Language, "deadlines.needsReport"));
            return;
        }
        await completions.MarkDoneAsync(plan.Plan.Id, unit.Id, new Completion
        {
            Key = occurrence.Key, ObligationId = obligation.Id, Source = CompletionSource.Marked, By = person.Key, ByName = person.Name, At = time.GetUtcNow(),
        }, cancellationToken);
        var card = await presenter.BuildAsync(session, person, DeadlineQuery.All, cancellationToken);
        turn.InvokeResponse = card is null
            ? AdaptiveCardInvokeResponse.Message(strings.Get(session.Language, "deadlines.marked"))
            : AdaptiveCardInvokeResponse.Card(card.Attachments![0].Content!.Value);
    }
}
