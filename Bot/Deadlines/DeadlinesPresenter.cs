using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Deadlines;

/// <summary>Builds and sends the personal deadlines card (or says there is nothing), for the command, its dialog and "Đã xong".</summary>
public sealed class DeadlinesPresenter(DeadlineBoard board, DeadlineCards cards, Localization.Strings strings)
{
    private const int RecentDays = 30;

    public async Task ShowAsync(TurnContext turn, UserSession session, Person person, DeadlineQuery query, CancellationToken cancellationToken)
    {
        if (await BuildAsync(session, person, query, cancellationToken) is { } card) await turn.SendActivityAsync(card, cancellationToken);
        else await turn.SendTextAsync(strings.Get(session.Language, query.IsFiltered ? "deadlines.noneMatching" : "deadlines.none"), cancellationToken);
    }

    /// <summary>The card, or null when there is nothing to list.</summary>
    public async Task<Activity?> BuildAsync(UserSession session, Person person, DeadlineQuery query, CancellationToken cancellationToken)
    {
        // Work done long ago is of no interest here; what is late stays until it is done.
        var items = (await board.ForAsync(person, session.User, cancellationToken))
            .Where(i => query.Accepts(i) && (i.Status != DeadlineStatus.Done || i.DaysLeft >= -RecentDays))
            .ToList();
        return items.Count == 0 ? null : cards.List(items, person.Unit?.Name, session.Language);
    }
}
