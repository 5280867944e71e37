using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Help;

/// <summary>The answer to a message nothing understood: a polite "I did not get that" and a few things to try.</summary>
public sealed class FallbackHandler(Strings strings, HelpCatalog catalog) : IFallbackHandler
{
    public Task HandleAsync(TurnContext turn, UserSession session, TurnInput input, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(NotUnderstood(session.Language, input.Card is not null), cancellationToken);

    public Activity NotUnderstood(Language language, bool fromCard = false)
    {
        var reply = Activity.CreateMessage(strings.Get(language, fromCard ? "help.staleCard" : "help.notUnderstood"));
        var actions = catalog.Topics(language, take: 3)
            .Select(t => CardAction.ImBack(t!["title"]!.GetValue<string>(), t["example"]!.GetValue<string>()))
            .Append(CardAction.ImBack(strings.Get(language, "common.help")))
            .DistinctBy(a => a.Title)
            .ToList();
        reply.SuggestedActions = new SuggestedActions { Actions = actions };
        return reply;
    }
}
