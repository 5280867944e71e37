using System.Net.WebSockets;
using System.Text.Json;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>
/// Listens to the Playground's two websockets — the bot's messages as the chat UI gets them, and the log panel
/// (every HTTP exchange with the bot and its status) — and keeps what arrives, in order, for tests to wait on.
/// </summary>
/// <remarks>
/// When no client is connected the Playground keeps bot messages and log items and hands them to the next one;
/// anything stamped before this stream connected belongs to someone else and is dropped.
/// </remarks>
public sealed class PlaygroundEventStream : IAsyncDisposable
{
    private readonly List<PlaygroundEvent> _events = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(ClientWebSocket Socket, Task Loop)> _sockets = [];
    private readonly long _connectedAtMs;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _brokenReason;

    private PlaygroundEventStream(long connectedAtMs) => _connectedAtMs = connectedAtMs;

    public static async Task<PlaygroundEventStream> ConnectAsync(Uri baseUri, CancellationToken cancellationToken)
    {
        var stream = new PlaygroundEventStream(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var ws = new UriBuilder(baseUri) { Scheme = "ws" }.Uri;
        try
        {
            await stream.OpenAsync(new Uri(ws, "_ws_conversation/v1/conversations/stream"), stream.OnConversationItem, cancellationToken);
            await stream.OpenAsync(new Uri(ws, "_ws/log/stream"), stream.OnLogItem, cancellationToken);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
        return stream;
    }

    public int Count
    {
        get { lock (_gate) return _events.Count; }
    }

    /// <summary>The events from sequence number <paramref name="from"/> on.</summary>
    public IReadOnlyList<PlaygroundEvent> Since(int from)
    {
        lock (_gate) return _events.Skip(from).ToArray();
    }

    /// <summary>
    /// Waits until <paramref name="find"/> returns a value for the events seen so far (it is called again after
    /// every new event). Throws <see cref="TimeoutException"/> with <paramref name="explain"/>'s text when time is up.
    /// </summary>
    public async Task<T> WaitForAsync<T>(Func<IReadOnlyList<PlaygroundEvent>, T?> find, TimeSpan timeout, Func<string> explain) where T : class
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (find(_events) is { } found) return found;
                if (_brokenReason is not null) throw new PlaygroundErrorException($"{_brokenReason}. {explain()}");
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Nothing matched within {timeout.TotalSeconds:0.#} s. {explain()}");
            }
        }
    }

    private async Task OpenAsync(Uri uri, Action<JsonElement> handle, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        _sockets.Add((socket, Task.Run(() => ReceiveLoopAsync(socket, uri, handle))));
    }

    private async Task ReceiveLoopAsync(ClientWebSocket socket, Uri uri, Action<JsonElement> handle)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Break($"The Playground closed the websocket {uri.AbsolutePath}");
                    return;
                }
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var bytes = message.ToArray();
                message.SetLength(0);
                JsonElement item;
                try
                {
                    using var document = JsonDocument.Parse(bytes);
                    item = document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    continue; // not one of the Playground's JSON messages
                }
                handle(item);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (WebSocketException ex)
        {
            Break($"The websocket {uri.AbsolutePath} failed: {ex.Message}");
        }
    }

    private void OnConversationItem(JsonElement item)
    {
        var action = item.GetString("action");
        var conversationId = item.GetString("actionConversationId");
        var message = item.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var timestamp = message.ValueKind == JsonValueKind.Object ? message.GetInt64("timestamp") : null;
        if (action == "typing")
        {
            Add(seq => new BotTyping(seq, conversationId, timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            return;
        }
        if (action is not ("createMessage" or "updateMessage") || message.ValueKind != JsonValueKind.Object || IsStale(timestamp)) return;
        Add(seq => new BotMessage(seq, conversationId, timestamp ?? 0, action == "updateMessage", message.GetString("messageId") ?? "",
            message.GetString("postConversationId"), message.GetString("text"), message.GetString("textFormat"), message));
    }

    private void OnLogItem(JsonElement item)
    {
        if (item.GetString("logAction") != "appendLog" || !item.TryGetProperty("log", out var log) || log.ValueKind != JsonValueKind.Object) return;
        var timestamp = log.GetInt64("timestamp");
        if (IsStale(timestamp)) return;
        int? status = log.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Object
            && response.GetInt64("statusCode") is { } code ? (int)code : null;
        Add(seq => new PlaygroundLogEntry(seq, log.GetString("conversationId"), timestamp ?? 0, log.GetString("from"), log.GetString("to"),
            log.GetString("activityName"), status, log.GetString("level"), log.GetString("displayText"), log));
    }

    private bool IsStale(long? timestamp) => timestamp is { } t && t < _connectedAtMs;

    private void Add(Func<int, PlaygroundEvent> create)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _events.Add(create(_events.Count));
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    private void Break(string reason)
    {
        if (_stop.IsCancellationRequested) return;
        TaskCompletionSource changed;
        lock (_gate)
        {
            _brokenReason ??= reason;
            changed = _changed;
        }
        changed.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var (socket, loop) in _sockets)
        {
            socket.Abort();
            await loop;
            socket.Dispose();
        }
        _stop.Dispose();
    }
}
