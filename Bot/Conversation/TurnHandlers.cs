using EmulationBot.Protocol;

namespace EmulationBot.Conversation;

/// <summary>Handles an Action.Execute button by its verb (reminder "done", office "remind now", …).</summary>
public interface ICardActionHandler
{
    string Verb { get; }

    /// <summary>Must set <see cref="TurnContext.InvokeResponse"/> (usually the updated card).</summary>
    Task HandleAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken);
}

/// <summary>Reacts to conversationUpdate / installationUpdate (welcome on install, forget on removal).</summary>
public interface IConversationEventHandler
{
    Task OnConversationEventAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken);
}

/// <summary>
/// Sees a message before the commands do and may take it: the dialog engine (an open dialog waits for the
/// answer), global words like "hủy" or "English". Lower <see cref="Order"/> runs first.
/// </summary>
public interface ITurnInterceptor
{
    int Order { get; }

    Task<bool> TryHandleAsync(TurnContext turn, UserSession session, TurnInput input, CancellationToken cancellationToken);

    Task<bool> TryHandleCardActionAsync(TurnContext turn, UserSession session, string? verb, CardData? data, CancellationToken cancellationToken) =>
        Task.FromResult(false);
}

/// <summary>What happens to a message nothing else understood (the plan Q&amp;A, else a polite "I did not understand").</summary>
public interface IFallbackHandler
{
    Task HandleAsync(TurnContext turn, UserSession session, TurnInput input, CancellationToken cancellationToken);
}

/// <summary>A message as the router sees it: the typed text and, for a card button, its data.</summary>
public sealed record TurnInput(Text.Utterance Utterance, CardData? Card);
