using EmulationBot.Conversation;
using EmulationBot.Protocol;

namespace EmulationBot.Office;

/// <summary>An Action.Execute verb handled by one method of an office service (several verbs per service).</summary>
public sealed class CardVerb(string verb, Func<TurnContext, UserSession, CardData?, CancellationToken, Task> handle) : ICardActionHandler
{
    public string Verb => verb;

    public async Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        await handle(turn, session, data, cancellationToken);
        turn.InvokeResponse ??= AdaptiveCardInvokeResponse.Message("OK");
    }
}
