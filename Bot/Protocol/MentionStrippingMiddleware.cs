namespace EmulationBot.Protocol;

/// <summary>Removes the bot's own @mention from message text in group chats and channels, where Teams requires it.</summary>
public sealed class MentionStrippingMiddleware : IMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text is { Length: > 0 } text && activity.Entities is { Count: > 0 })
        {
            activity.Text = StripBotMentions(text, activity.Entities, activity.Recipient?.Id);
        }
        return next(cancellationToken);
    }

    public static string StripBotMentions(string text, IEnumerable<Entity> entities, string? botId)
    {
        foreach (var entity in entities)
        {
            if (!string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase)) continue;
            var (id, name, mentionText) = entity.AsMention();
            if (botId is null || !string.Equals(id, botId, StringComparison.OrdinalIgnoreCase)) continue;
            var shown = !string.IsNullOrEmpty(mentionText) ? mentionText : $"<at>{name}</at>";
            text = text.Replace(shown, " ", StringComparison.OrdinalIgnoreCase);
        }
        return text.Trim();
    }
}
