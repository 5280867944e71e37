using System.Text.Json;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Reminders.Views;
using EmulationBot.Reminders.Work;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Actions;

/// <summary>
/// What every reminder button does first: read the plan and occurrence from the card data, find them in the current
/// plan, and check the presser server-side (their unit must be one that has to act). Also answers with the updated
/// card — in the invoke response and, for the user's other devices, by updating the message itself.
/// </summary>
public sealed class ReminderActions(ReminderPlanner planner, ReminderAccess access, IReminderWork work, UnitDirectoryStore directory, ReminderCards cards, Strings strings, TimeProvider time)
{
    /// <summary>The checked action, or null after answering the invoke with a polite refusal.</summary>
    public async Task<ReminderAction?> LoadAsync(TurnContext turn, UserSession session, CardData? data, bool mustAct, CancellationToken cancellationToken)
    {
        var language = session.Language;
        if (ReminderActionData.From(data) is not { } target)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The card data names no plan and occurrence.");
            return null;
        }
        if (await planner.FindAsync(target.PlanId, target.OccurrenceKey, cancellationToken) is not { } scheduled)
        {
            Refuse(turn, language, "reminders.action.stale");
            return null;
        }
        var actor = await access.ResolveAsync(turn, session, cancellationToken);
        if (mustAct)
        {
            var units = (await directory.GetAsync(cancellationToken)).Units;
            if (actor.Person.Unit is not { } unit)
            {
                Refuse(turn, language, "reminders.action.noUnit");
                return null;
            }
            if (!work.UnitsThatMustAct(scheduled.Occurrence.Obligation, units).Contains(unit.Id))
            {
                Refuse(turn, language, "reminders.action.notYours");
                return null;
            }
        }
        return new ReminderAction(scheduled, actor, language, turn.Activity.ReplyToId);
    }

    /// <summary>Answers with the reminder card in <paramref name="state"/> with <paramref name="note"/>, here and on the user's other devices.</summary>
    public Task AnswerAsync(TurnContext turn, ReminderAction action, ReminderCardState state, string? note, CancellationToken cancellationToken)
    {
        var view = new ReminderView(action.PlanId, action.Scheduled.Plan.Plan.Title, action.Scheduled.Occurrence, VietnamTime.Today(time), state, note);
        return Replace(turn, action.ReplyToId, cards.Card(view, action.Language), cancellationToken);
    }

    /// <summary>Sets the invoke response to <paramref name="card"/> and updates the message that carried the pressed card.</summary>
    public static Task Replace(TurnContext turn, string? replyToId, JsonElement card, CancellationToken cancellationToken)
    {
        turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(card);
        if (string.IsNullOrEmpty(replyToId)) return Task.CompletedTask;
        var update = new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] };
        return turn.UpdateActivityAsync(replyToId, update, cancellationToken);
    }

    public string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);

    private void Refuse(TurnContext turn, Language language, string key) =>
        turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(language, key));
}
