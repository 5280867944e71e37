using System.Text.Json;
using EmulationBot.Protocol.Auth;
using EmulationBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace EmulationBot.Protocol;

/// <summary>Turns an HTTP request on <c>/api/messages</c> into a turn and the turn's replies into connector calls.</summary>
/// <remarks>
/// Status codes follow the Bot Framework: 400 for a body that is not an activity, 401 for a failed token check,
/// 413 for an oversized body, 200 for a handled activity (with the replies for <c>expectReplies</c>), the invoke
/// response's own status for invokes (501 when nothing handled it), 500 only when even the error handler failed.
/// </remarks>
public sealed class BotAdapter(
    IBot bot,
    IEnumerable<IMiddleware> middleware,
    IRequestAuthenticator authenticator,
    IConnectorClient connector,
    ServiceUrlTrust trust,
    ActivityDeduplicator deduplicator,
    ConversationLocks locks,
    ITurnErrorHandler errorHandler,
    IOptions<BotAdapterOptions> options,
    ILogger<BotAdapter> logger)
{
    private readonly IMiddleware[] _middleware = middleware.ToArray();

    public async Task ProcessAsync(HttpContext http)
    {
        var request = http.Request;
        var cancellationToken = http.RequestAborted;
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var body = await RequestBody.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (ParseActivity(body.Value) is not { } activity || !HasUsableServiceUrl(activity))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected activity {ActivityId} on {ChannelId}: {Reason}", activity.Id, activity.ChannelId, auth.FailureReason);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (auth.Caller.IsAuthenticated && auth.Caller.ServiceUrl is { } vouched) trust.Add(vouched);

        var result = await ProcessActivityAsync(activity, auth.Caller, cancellationToken);
        await WriteResultAsync(http.Response, result, cancellationToken);
    }

    /// <summary>Runs one authenticated activity through the pipeline; used by the HTTP endpoint and by tests.</summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var dedupKey = isInvoke ? null : ActivityDeduplicator.KeyOf(activity);
        if (dedupKey is not null && !deduplicator.TryBegin(dedupKey))
        {
            logger.LogInformation("Ignored repeated delivery of activity {ActivityId}", activity.Id);
            return TurnResult.Ok;
        }

        var expectReplies = activity.DeliveryMode == "expectReplies" && !isInvoke;
        var turn = new TurnContext(activity, caller, expectReplies ? null : connector.SendAsync);
        using (await locks.AcquireAsync(activity.Conversation?.Id ?? "", cancellationToken))
        {
            try
            {
                await RunPipelineAsync(turn, 0, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (dedupKey is not null) deduplicator.Forget(dedupKey);
                logger.LogError(ex, "Turn failed for activity {ActivityId} ({Type}) in {ConversationId}", activity.Id, activity.Type, activity.Conversation?.Id);
                turn.ClearOutgoing();
                await errorHandler.OnTurnErrorAsync(turn, ex, cancellationToken);
            }
        }

        if (expectReplies)
        {
            var replies = turn.Outgoing.Where(o => o.Kind == OutgoingKind.Send).Select(o => o.Activity).ToList();
            return new TurnResult(200, JsonSerializer.SerializeToElement(new ExpectedReplies(replies), ProtocolJson.Wire.ExpectedReplies));
        }

        await DeliverAsync(turn, cancellationToken);
        if (isInvoke)
        {
            var invoke = turn.InvokeResponse ?? InvokeResponse.NotImplemented;
            return new TurnResult(invoke.Status, invoke.Body);
        }
        return TurnResult.Ok;
    }

    private Task RunPipelineAsync(TurnContext turn, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, ct => RunPipelineAsync(turn, index + 1, ct), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);

    private async Task DeliverAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var outgoing in turn.Outgoing)
        {
            try
            {
                if (outgoing.Kind == OutgoingKind.Update) await connector.UpdateActivityAsync(outgoing.Activity, cancellationToken);
                else await connector.SendAsync(outgoing.Activity, cancellationToken);
            }
            catch (ConnectorException ex)
            {
                logger.LogError(ex, "Could not deliver a reply in {ConversationId}: {Status} {Code}", outgoing.Activity.Conversation?.Id, ex.StatusCode, ex.Code);
            }
            catch (Exception ex) when (ex is ArgumentException or UriFormatException or InvalidOperationException or HttpRequestException)
            {
                // The turn's state is saved; a reply that cannot even be addressed must not turn into a 500 and a retry.
                logger.LogError(ex, "Could not address a reply in {ConversationId}", outgoing.Activity.Conversation?.Id);
            }
        }
    }

    /// <summary>A serviceUrl, when there is one, must be an absolute http(s) address: replies go there.</summary>
    private static bool HasUsableServiceUrl(Activity activity) =>
        activity.ServiceUrl is null
        || (Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    private static Activity? ParseActivity(ReadOnlyMemory<byte> body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(body.Span, ProtocolJson.Wire.Activity);
            return string.IsNullOrWhiteSpace(activity?.Type) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null; // e.g. a JSON value of the wrong kind where an object is required
        }
    }

    private static async Task WriteResultAsync(HttpResponse response, TurnResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = result.Status;
        if (result.Body is { } body)
        {
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, body, ProtocolJson.Wire.JsonElement, cancellationToken);
        }
    }
}

/// <summary>The HTTP outcome of a turn: a status and, for invokes and expectReplies, a JSON body.</summary>
public sealed record TurnResult(int Status, JsonElement? Body = null)
{
    public static TurnResult Ok { get; } = new(200);
}
