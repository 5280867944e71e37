using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Conversation;

/// <summary>
/// Decides what handles a turn: card actions by verb, card buttons by command name, typed text by the best
/// matching command, and anything else by the fallback. Features plug in by registering commands and handlers.
/// </summary>
public sealed class TurnRouter(
    IEnumerable<IBotCommand> commands,
    IEnumerable<ICardActionHandler> cardActions,
    IEnumerable<IConversationEventHandler> conversationEvents,
    IEnumerable<ITurnInterceptor> interceptors,
    IFallbackHandler fallback)
{
    private readonly IBotCommand[] _commands = commands.ToArray();
    private readonly Dictionary<string, ICardActionHandler> _cardActions = cardActions.ToDictionary(h => h.Verb, StringComparer.Ordinal);
    private readonly ITurnInterceptor[] _interceptors = interceptors.OrderBy(i => i.Order).ToArray();

    /// <summary>Whether <see cref="RouteAsync"/> acts on this activity; the rest (reactions, typing, unknown types) is acknowledged and dropped.</summary>
    public static bool Handles(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => true,
        ActivityTypes.Invoke => activity.Name == AdaptiveCardInvokeValue.InvokeName,
        _ => false,
    };

    public async Task RouteAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await RouteMessageAsync(turn, session, cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == AdaptiveCardInvokeValue.InvokeName:
                await RouteCardActionAsync(turn, session, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                foreach (var handler in conversationEvents) await handler.OnConversationEventAsync(turn, session, cancellationToken);
                break;
            // messageReaction, typing, event, unknown types: nothing to do, answered 200 (or 501 for other invokes).
        }
    }

    private async Task RouteMessageAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var utterance = new Utterance(turn.Activity.Text);
        var input = new TurnInput(utterance, CardData.From(turn.Activity.Value));
        foreach (var interceptor in _interceptors)
        {
            if (await interceptor.TryHandleAsync(turn, session, input, cancellationToken)) return;
        }
        if (input.Card?.Command is { } name && _commands.FirstOrDefault(c => c.Name == name) is { } pressed)
        {
            await pressed.RunAsync(turn, session, cancellationToken);
            return;
        }
        if (FindCommand(utterance) is { } command)
        {
            await command.RunAsync(turn, session, cancellationToken);
            return;
        }
        await fallback.HandleAsync(turn, session, input, cancellationToken);
    }

    public IBotCommand? FindCommand(Utterance utterance)
    {
        if (utterance.Original.Length == 0) return null;
        IBotCommand? best = null;
        double bestScore = 0;
        foreach (var command in _commands)
        {
            var score = command.Match(utterance);
            if (score > bestScore)
            {
                best = command;
                bestScore = score;
            }
        }
        return best;
    }

    public IBotCommand? FindCommand(string name) => _commands.FirstOrDefault(c => c.Name == name);

    private async Task RouteCardActionAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        AdaptiveCardInvokeValue? value = null;
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } raw)
        {
            try { value = raw.Deserialize(ProtocolJson.Wire.AdaptiveCardInvokeValue); }
            catch (JsonException) { }
        }
        if (value?.Action is not { Type: "Action.Execute" } action)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Not an Action.Execute.");
            return;
        }
        var data = CardData.From(action.Data);
        foreach (var interceptor in _interceptors)
        {
            if (await interceptor.TryHandleCardActionAsync(turn, session, action.Verb, data, cancellationToken)) return;
        }
        if (action.Verb is { } verb && _cardActions.TryGetValue(verb, out var handler))
        {
            await handler.HandleAsync(turn, session, data, cancellationToken);
            return;
        }
        if (data?.Command is { } name && FindCommand(name) is { } command)
        {
            await command.RunAsync(turn, session, cancellationToken);
            turn.InvokeResponse ??= AdaptiveCardInvokeResponse.Message("OK");
            return;
        }
        turn.InvokeResponse = AdaptiveCardInvokeResponse.Error(400, "UnknownAction", "This card action is not known.");
    }
}
