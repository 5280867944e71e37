using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationBot.IntegrationTests.Support.Playground;

/// <summary>
/// A user at the Playground. Messages, card button presses, installs and mocked activities go in through the
/// Playground's HTTP API (as its web UI sends them); what the bot does comes back on its websockets. Every
/// action returns once the bot has answered the activity — the log stream reports the bot's HTTP status after
/// everything the bot posted during the turn — and throws when the bot answered 4xx/5xx or the Playground
/// logged an error (see <see cref="ThrowIfErrors"/>).
/// </summary>
public sealed partial class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;

    private PlaygroundClient(HttpClient http, PlaygroundConfig config, PlaygroundEventStream events)
    {
        _http = http;
        Config = config;
        Events = events;
    }

    public PlaygroundConfig Config { get; }

    public PlaygroundEventStream Events { get; }

    /// <summary>How long actions wait for the bot's answer and expectations wait for a message.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public PlaygroundChat PersonalChat => Config.PersonalChatTarget;

    public PlaygroundChat GroupChat => Config.GroupChatTarget;

    public PlaygroundChat Channel(string? name = null) => Config.ChannelTarget(name);

    public static async Task<PlaygroundClient> ConnectAsync(Uri baseUri, CancellationToken cancellationToken = default)
    {
        var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            var answer = await http.GetFromJsonAsync<JsonElement>("_internal/v1/testConfig", cancellationToken);
            var config = answer.GetProperty("config").Deserialize<PlaygroundConfig>()
                         ?? throw new PlaygroundErrorException("The Playground returned no configuration.");
            var events = await PlaygroundEventStream.ConnectAsync(baseUri, cancellationToken);
            return new PlaygroundClient(http, config, events);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>The user types <paramref name="text"/>; outside the personal chat it @mentions the bot, as the Playground requires.</summary>
    public async Task<PlaygroundTurn> SendTextAsync(string text, PlaygroundChat? chat = null, string? fromUserId = null)
    {
        chat ??= PersonalChat;
        var sent = text;
        var body = new JsonObject { ["type"] = "text", ["textFormat"] = "plain", ["from"] = From(fromUserId) };
        if (!chat.IsPersonal)
        {
            var at = $"<at>{Config.Bot.Name}</at>";
            sent = $"{at} {text}";
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = Config.Bot.Id }, ["text"] = at });
        }
        body["text"] = sent;
        BeginAction();
        var answer = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(chat.Id)}/messages", body);
        var conversation = answer.GetString("postConversationId") ?? chat.Id;
        return await WaitForTurnAsync("message", e => e.IsIn(conversation) && e.RequestBody?.GetString("text") == sent, $"the message \"{text}\" in {chat}");
    }

    /// <summary>An Action.Submit press on <paramref name="card"/>: a message whose value is the button's data plus the inputs.</summary>
    public async Task<PlaygroundTurn> SubmitAsync(BotMessage card, object value, string? fromUserId = null)
    {
        var conversation = card.PostConversationId ?? card.ConversationId ?? PersonalChat.Id;
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["replyToId"] = card.MessageId,
            ["value"] = JsonSerializer.SerializeToNode(value),
            ["from"] = From(fromUserId),
        };
        BeginAction();
        await PostAsync("_conversation/v1/submit", body);
        return await WaitForTurnAsync("message", e => e.IsIn(conversation) && e.RequestBody?.GetString("replyToId") == card.MessageId, $"the submit on card {card.MessageId}");
    }

    /// <summary>An Action.Execute press on <paramref name="card"/>: an <c>adaptiveCard/action</c> invoke; returns the bot's invoke response.</summary>
    public Task<InvokeResult> ExecuteAsync(BotMessage card, string verb, object? data = null, string? title = null, string? fromUserId = null)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = JsonSerializer.SerializeToNode(data ?? new { }) };
        if (title is not null) action["title"] = title;
        return InvokeAsync("adaptiveCard/action", new JsonObject { ["action"] = action }, card.PostConversationId ?? card.ConversationId ?? PersonalChat.Id, card.MessageId, fromUserId);
    }

    /// <summary>Any invoke the Playground accepts (adaptiveCard/action, message/submitAction, composeExtension/*).</summary>
    public async Task<InvokeResult> InvokeAsync(string name, JsonNode value, string conversationId, string? replyToId = null, string? fromUserId = null)
    {
        var body = new JsonObject { ["name"] = name, ["value"] = value, ["from"] = From(fromUserId), ["conversation"] = new JsonObject { ["id"] = conversationId } };
        if (replyToId is not null) body["replyToId"] = replyToId;
        BeginAction();
        var answer = await PostAsync("_conversation/v1/invoke", body);
        var turn = await WaitForTurnAsync("invoke",
            e => e.IsIn(conversationId) && e.RequestBody?.GetString("name") == name && (replyToId is null || e.RequestBody?.GetString("replyToId") == replyToId),
            $"the invoke {name}");
        var status = turn.Log.ResponseBody?.GetInt64("statusCode") ?? turn.StatusCode;
        JsonElement? result = answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("value", out var v) ? v : null;
        var invoke = new InvokeResult((int)status, answer.GetString("type"), result, turn);
        if (invoke.Type == BotMessage.AdaptiveCardType && result is { } card) RecordInvokeCard(name, card);
        return invoke;
    }

    /// <summary>Installs the app in <paramref name="chat"/>: the bot gets installationUpdate (add) and conversationUpdate.</summary>
    public async Task<IReadOnlyList<PlaygroundTurn>> InstallAsync(PlaygroundChat? chat = null)
    {
        chat ??= PersonalChat;
        BeginAction();
        await PostAsync($"_debug/conversation/{Uri.EscapeDataString(chat.Id)}/installation", new JsonObject());
        var installed = await WaitForTurnAsync("installationUpdate", e => e.IsIn(chat.Id), $"the installation in {chat}");
        var added = await WaitForTurnAsync("conversationUpdate", e => e.IsIn(chat.Id), $"the members added in {chat}");
        return [installed, added];
    }

    /// <summary>One of the Playground's "Mock an Activity" templates (install, uninstall, userAdded, botRemoved, …) for <paramref name="chat"/>.</summary>
    public async Task<JsonObject> GetActivityTemplateAsync(string type, PlaygroundChat? chat = null)
    {
        var path = $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString((chat ?? PersonalChat).Id)}&type={Uri.EscapeDataString(type)}";
        return await _http.GetFromJsonAsync<JsonObject>(path) ?? throw new PlaygroundErrorException($"The Playground has no '{type}' activity template.");
    }

    /// <summary>Sends a "Mock an Activity" template, optionally edited first.</summary>
    public async Task<PlaygroundTurn> SendMockActivityAsync(string type, PlaygroundChat? chat = null, Action<JsonObject>? edit = null)
    {
        var activity = await GetActivityTemplateAsync(type, chat);
        edit?.Invoke(activity);
        return await SendActivityAsync(activity);
    }

    /// <summary>Posts a complete activity of our own; the Playground passes it to the bot as it is.</summary>
    public async Task<PlaygroundTurn> SendActivityAsync(JsonObject activity)
    {
        activity["id"] ??= Guid.NewGuid().ToString();
        var id = activity["id"]!.GetValue<string>();
        var type = activity["type"]?.GetValue<string>() ?? throw new ArgumentException("The activity has no type.", nameof(activity));
        BeginAction();
        await PostAsync("_internal/v1/customActivities", activity);
        return await WaitForTurnAsync(type, e => e.Log.GetString("messageId") == id, $"the {type} activity {id}");
    }

    /// <summary>
    /// Shows <paramref name="card"/> in the chat as if the bot had posted it, through the Playground's mock connector
    /// (no bot turn): a preview of a template with sample data in the real UI. Returns the Playground's message id.
    /// </summary>
    public async Task<string> PostCardAsBotAsync(JsonElement card, PlaygroundChat? chat = null)
    {
        chat ??= PersonalChat;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = Config.Bot.Id, ["name"] = Config.Bot.Name },
            ["recipient"] = new JsonObject { ["id"] = Config.CurrentUser.Id },
            ["conversation"] = new JsonObject { ["id"] = chat.Id },
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = BotMessage.AdaptiveCardType, ["content"] = JsonNode.Parse(card.GetRawText()) }),
        };
        BeginAction();
        var answer = await PostAsync($"_connector/v3/conversations/{Uri.EscapeDataString(chat.Id)}/activities", activity);
        return answer.GetString("id") ?? throw new PlaygroundErrorException("The Playground's connector returned no message id.");
    }

    private JsonObject From(string? userId) => new() { ["id"] = userId ?? Config.CurrentUser.Id };

    private async Task<JsonElement> PostAsync(string path, JsonNode body)
    {
        using var response = await _http.PostAsync(path, JsonContent.Create(body));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new PlaygroundErrorException($"POST /{path} answered {(int)response.StatusCode}: {text}");
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "null" : text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        _http.Dispose();
    }
}
