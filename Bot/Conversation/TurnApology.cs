using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Conversation;

/// <summary>
/// The polite answers to turns that could not complete: storage is busy (with a "try again" button that sends
/// exactly what the user sent, so nothing is retyped), or something unexpected went wrong. Never exception text.
/// </summary>
public sealed class TurnApology(Strings strings, CardFactory cards) : ITurnErrorHandler
{
    public Task StorageBusyAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ApologizeAsync(turn, "common.storageBusy", cancellationToken);

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) =>
        ApologizeAsync(turn, "common.unexpectedError", cancellationToken);

    private async Task ApologizeAsync(TurnContext turn, string key, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turn);
        var text = strings.Get(language, key);
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.Invoke)
        {
            // The card stays as it is, inputs included: pressing the button again retries.
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(text);
            return;
        }
        if (activity.Type != ActivityTypes.Message) return;

        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            var data = new JsonObject { ["text"] = text, ["retryData"] = JsonNode.Parse(value.GetRawText()) };
            await turn.SendActivityAsync(cards.Message("retry", language, data), cancellationToken);
            return;
        }
        var reply = Activity.CreateMessage(text);
        if (!string.IsNullOrWhiteSpace(activity.Text) && activity.Text.Length <= 500 && !activity.IsGroupConversation())
        {
            reply.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(strings.Get(language, "common.retry"), activity.Text)] };
        }
        await turn.SendActivityAsync(reply, cancellationToken);
    }

    private static Language LanguageOf(TurnContext turn) =>
        turn.Get<UserSession>()?.Language ?? LanguageDetector.Detect(turn.Activity.Text) ?? Language.Vietnamese;
}
