using System.Text;
using System.Text.Json;

namespace EmulationBot.IntegrationTests.Support.Playground;

public sealed partial class PlaygroundClient
{
    private readonly HashSet<int> _matched = [];
    private readonly List<(string Source, JsonElement Card)> _invokeCards = [];
    private int _actionStart;
    private int _errorFloor;

    /// <summary>Every message the bot posted or edited since this client connected.</summary>
    public IReadOnlyList<BotMessage> Messages => [.. Events.Since(0).OfType<BotMessage>()];

    /// <summary>The bot's messages since the last user action. Once an action has returned, this is complete for its turn.</summary>
    public IReadOnlyList<BotMessage> MessagesSinceLastAction => [.. Events.Since(_actionStart).OfType<BotMessage>()];

    /// <summary>Every Adaptive Card the bot sent: in messages, edits and invoke responses.</summary>
    public IReadOnlyList<(string Source, JsonElement Card)> Cards =>
    [
        .. Messages.SelectMany(m => m.Cards.Select(c => ($"message {m.MessageId}", c))),
        .. _invokeCards,
    ];

    /// <summary>
    /// Waits for a bot message (or edit) that arrived after the last user action, that no earlier expectation
    /// took, and that <paramref name="match"/> accepts. Fails at once when the Playground reports an error.
    /// </summary>
    public Task<BotMessage> ExpectMessageAsync(Func<BotMessage, bool> match, string description, PlaygroundChat? chat = null, TimeSpan? timeout = null)
    {
        var start = _actionStart;
        return Events.WaitForAsync(events =>
        {
            ThrowOnNewError(events);
            for (var i = start; i < events.Count; i++)
            {
                if (events[i] is not BotMessage message || _matched.Contains(i) || (chat is not null && !message.IsIn(chat)) || !match(message)) continue;
                _matched.Add(i);
                return message;
            }
            return null;
        }, timeout ?? Timeout, () => $"Expected a bot message {description}{(chat is null ? "" : $" in {chat}")}. {DescribeSinceLastAction()}");
    }

    /// <summary>Throws when the Playground reported an error since the last <see cref="AcknowledgeErrors"/>.</summary>
    public void ThrowIfErrors() => ThrowOnNewError(Events.Since(0));

    /// <summary>Returns the errors reported so far and stops them from failing later actions (for tests that provoke one).</summary>
    public IReadOnlyList<PlaygroundLogEntry> AcknowledgeErrors()
    {
        var errors = Events.Since(_errorFloor).OfType<PlaygroundLogEntry>().Where(e => e.IsError).ToArray();
        _errorFloor = Events.Count;
        return errors;
    }

    private void BeginAction()
    {
        ThrowIfErrors();
        _actionStart = Events.Count;
    }

    private void RecordInvokeCard(string name, JsonElement card) => _invokeCards.Add(($"invoke {name} response", card));

    private async Task<PlaygroundTurn> WaitForTurnAsync(string activityName, Func<PlaygroundLogEntry, bool> match, string what)
    {
        var start = _actionStart;
        var entry = await Events.WaitForAsync(events =>
        {
            for (var i = start; i < events.Count; i++)
            {
                if (events[i] is PlaygroundLogEntry { IsToBot: true, StatusCode: not null } e && e.ActivityName == activityName && match(e)) return e;
            }
            ThrowOnNewError(events);
            return null;
        }, Timeout, () => $"The Playground did not report the bot's answer to {what}. {DescribeSinceLastAction()}");
        ThrowIfErrors();
        return new PlaygroundTurn(activityName, entry.ConversationId, entry.StatusCode!.Value, entry);
    }

    private void ThrowOnNewError(IReadOnlyList<PlaygroundEvent> events)
    {
        for (var i = _errorFloor; i < events.Count; i++)
        {
            if (events[i] is PlaygroundLogEntry { IsError: true } error) throw new PlaygroundErrorException(Explain(error));
        }
    }

    private static string Explain(PlaygroundLogEntry error)
    {
        var body = error.ResponseBody is { ValueKind: not JsonValueKind.Undefined } b ? b.GetRawText() : "";
        if (error.IsToBot) return $"The bot answered the {error.ActivityName} activity with HTTP {error.StatusCode}. {body}";
        if (error.IsFromBot) return $"The Playground refused the bot's {error.ActivityName} with HTTP {error.StatusCode}: {body}";
        return $"The Playground logged an error: {error}";
    }

    private string DescribeSinceLastAction()
    {
        var seen = Events.Since(_actionStart).Where(e => e is not BotTyping).ToArray();
        if (seen.Length == 0) return "Nothing arrived since the last user action.";
        var sb = new StringBuilder("Since the last user action:");
        foreach (var e in seen.TakeLast(12)) sb.Append("\n  ").Append(e is BotMessage m && _matched.Contains(m.Sequence) ? "(matched) " : "").Append(e);
        return sb.ToString();
    }
}
