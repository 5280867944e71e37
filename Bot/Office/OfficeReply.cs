using System.Text.Json;
using EmulationBot.Protocol;

namespace EmulationBot.Office;

/// <summary>Answers the same way whether a button sent an invoke (Action.Execute: answer in the invoke response) or a message.</summary>
public static class OfficeReply
{
    /// <summary>Action.Execute: the card replaces the pressed one; otherwise a new message.</summary>
    public static Task CardAsync(TurnContext turn, Activity card, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Invoke) return turn.SendActivityAsync(card, cancellationToken);
        turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(CardOf(card));
        return Task.CompletedTask;
    }

    /// <summary>Action.Execute: a short note above the card, which stays; otherwise a text message.</summary>
    public static Task TextAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Invoke) return turn.SendTextAsync(text, cancellationToken);
        turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(text);
        return Task.CompletedTask;
    }

    public static JsonElement CardOf(Activity activity) => activity.Attachments![0].Content!.Value;
}
