using EmulationBot.Conversation;
using EmulationBot.Protocol;

namespace EmulationBot.Plans.Review;

/// <summary>One verb of the review card, routed to <see cref="PlanReviewService"/>.</summary>
public sealed class PlanReviewAction(string verb, PlanReviewService service) : ICardActionHandler
{
    public string Verb => verb;

    public Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken) =>
        service.HandleAsync(verb, turn, session, data, cancellationToken);
}
