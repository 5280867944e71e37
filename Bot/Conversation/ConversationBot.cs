using EmulationBot.Protocol;
using EmulationBot.Storage;

namespace EmulationBot.Conversation;

/// <summary>
/// The bot's turn: load the user's state, route the activity, save what changed. A save that loses a race
/// with another writer runs the turn once more on the fresh state (its replies were not sent yet); a storage
/// outage becomes a polite "try again shortly" that keeps what the user sent.
/// </summary>
public sealed class ConversationBot(SessionStore sessions, TurnRouter router, TurnApology apology, ILogger<ConversationBot> logger) : IBot
{
    private const int Attempts = 3;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (string.IsNullOrEmpty(activity.From?.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            logger.LogInformation("Ignored a {Type} activity without sender or conversation", activity.Type);
            return;
        }
        if (!TurnRouter.Handles(activity))
        {
            // Nothing to do, so nothing to load or save: an ignored activity leaves no state behind.
            logger.LogDebug("Ignored a {Type} activity", activity.Type);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var session = await sessions.LoadAsync(turn, cancellationToken);
                turn.Set(session);
                await router.RouteAsync(turn, session, cancellationToken);
                await sessions.SaveAsync(session, cancellationToken);
                return;
            }
            catch (StateConflictException ex) when (attempt < Attempts)
            {
                logger.LogInformation("State {Key} changed during the turn; running it again (attempt {Attempt})", ex.Key, attempt + 1);
                turn.ClearOutgoing();
            }
            catch (StorageException ex)
            {
                // Outages, lost races and configuration problems (a rotated key, an expired SAS) all reach the user
                // as the same polite "try again shortly", with their input kept; operators see the cause in the log.
                logger.Log(ex is StorageConfigurationException ? LogLevel.Error : LogLevel.Warning, ex, "Storage failed for activity {ActivityId}", activity.Id);
                turn.ClearOutgoing();
                await apology.StorageBusyAsync(turn, cancellationToken);
                return;
            }
        }
    }
}
