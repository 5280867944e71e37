namespace EmulationBot.Protocol;

/// <summary>One turn: the inbound activity, the replies the bot queues, and per-turn values features share.</summary>
/// <remarks>
/// Replies are queued, not sent at once: the adapter delivers them after the turn has finished and its state has
/// been saved, so a user is never told "done" about something that was not stored. Typing indicators, which
/// promise nothing, go out immediately through <see cref="SendTypingAsync"/>.
/// </remarks>
public sealed class TurnContext(Activity activity, CallerIdentity caller, Func<Activity, CancellationToken, Task>? sendNow = null)
{
    private readonly List<OutgoingActivity> _outgoing = [];
    private readonly Dictionary<Type, object> _values = [];

    public Activity Activity { get; } = activity;

    /// <summary>Who sent the request, as established by inbound authentication.</summary>
    public CallerIdentity Caller { get; } = caller;

    /// <summary>The answer to an invoke activity; the adapter answers 501 when no feature set one.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    public IReadOnlyList<OutgoingActivity> Outgoing => _outgoing;

    public bool Responded => _outgoing.Count > 0 || InvokeResponse is not null;

    public Task SendActivityAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        _outgoing.Add(new OutgoingActivity(OutgoingKind.Send, Activity.ApplyReplyAddress(reply)));
        return Task.CompletedTask;
    }

    public Task SendTextAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    /// <summary>Replaces an earlier message (for example a card that was submitted) by <paramref name="replacement"/>.</summary>
    public Task UpdateActivityAsync(string activityId, Activity replacement, CancellationToken cancellationToken = default)
    {
        replacement.Id = activityId;
        replacement.ReplyToId = null;
        _outgoing.Add(new OutgoingActivity(OutgoingKind.Update, Activity.ApplyReplyAddress(replacement)));
        return Task.CompletedTask;
    }

    /// <summary>Shows "typing…" now; used by slow turns.</summary>
    public Task SendTypingAsync(CancellationToken cancellationToken = default) =>
        sendNow is null ? Task.CompletedTask : sendNow(Activity.ApplyReplyAddress(Activity.CreateTyping()), cancellationToken);

    /// <summary>Drops the queued replies; used when a turn is run again after a state conflict.</summary>
    public void ClearOutgoing()
    {
        _outgoing.Clear();
        InvokeResponse = null;
    }

    public T? Get<T>() where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;

    public T GetRequired<T>() where T : class =>
        Get<T>() ?? throw new InvalidOperationException($"{typeof(T).Name} was not set for this turn.");

    public void Set<T>(T value) where T : class => _values[typeof(T)] = value;
}

public enum OutgoingKind { Send, Update }

/// <summary>A reply queued during a turn, delivered by the adapter when the turn completes.</summary>
public sealed record OutgoingActivity(OutgoingKind Kind, Activity Activity);
