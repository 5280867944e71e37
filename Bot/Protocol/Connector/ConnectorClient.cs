using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EmulationBot.Protocol.Connector;

/// <summary>The Bot Connector REST client over a pooled, typed <see cref="HttpClient"/> (token and retries are handlers).</summary>
public sealed class ConnectorClient(HttpClient http) : IConnectorClient
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = Require(activity.Conversation?.Id, "conversation.id");
        var path = string.IsNullOrEmpty(activity.ReplyToId)
            ? $"v3/conversations/{Escape(conversationId)}/activities"
            : $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activity.ReplyToId)}";
        return await SendJsonAsync(HttpMethod.Post, activity.ServiceUrl, path, activity, ProtocolJson.Wire.Activity, ProtocolJson.Wire.ResourceResponse, cancellationToken)
               ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = Require(activity.Conversation?.Id, "conversation.id");
        var activityId = Require(activity.Id, "id");
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        return await SendJsonAsync(HttpMethod.Put, activity.ServiceUrl, path, activity, ProtocolJson.Wire.Activity, ProtocolJson.Wire.ResourceResponse, cancellationToken)
               ?? new ResourceResponse(activityId);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}"));
        using var response = await SendRawAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendJsonAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ProtocolJson.Wire.ConversationParameters, ProtocolJson.Wire.ConversationResourceResponse, cancellationToken)
        ?? throw new ConnectorException(502, null, "The connector returned no conversation.");

    public async Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}"));
        using var response = await SendRawAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync(ProtocolJson.Wire.TeamsChannelAccount, cancellationToken);
    }

    private async Task<TResult?> SendJsonAsync<TBody, TResult>(HttpMethod method, string? serviceUrl, string path, TBody body,
        JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken) where TResult : class
    {
        using var request = new HttpRequestMessage(method, Url(Require(serviceUrl, "serviceUrl"), path))
        {
            Content = JsonContent.Create(body, bodyType, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        };
        using var response = await SendRawAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        if (response.Content.Headers.ContentLength == 0) return null;
        try
        {
            return await response.Content.ReadFromJsonAsync(resultType, cancellationToken);
        }
        catch (JsonException)
        {
            return null; // some connectors answer 200/201 with an empty or non-JSON body
        }
    }

    /// <summary>One call through the handlers (token, retries); a connector still unreachable after them becomes a <see cref="ConnectorException"/>.</summary>
    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException(0, "ConnectorUnreachable", $"The connector at {request.RequestUri?.Host} could not be reached.", inner: ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorException(0, "ConnectorTimeout", $"The connector at {request.RequestUri?.Host} did not answer in time.", inner: ex);
        }
    }

    internal static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        string? code = null, message = null;
        try
        {
            var error = await response.Content.ReadFromJsonAsync(ProtocolJson.Wire.ConnectorError, cancellationToken);
            code = error?.Error?.Code;
            message = error?.Error?.Message;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException) { }
        var retryAfter = response.Headers.RetryAfter is { } ra ? ra.Delta ?? (ra.Date - DateTimeOffset.UtcNow) : null;
        throw new ConnectorException((int)response.StatusCode, code,
            $"Connector answered {(int)response.StatusCode} {code}: {message}".TrimEnd(':', ' '), retryAfter);
    }

    private static Uri Url(string serviceUrl, string path) => new(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Require(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The activity has no {field}.") : value;
}
