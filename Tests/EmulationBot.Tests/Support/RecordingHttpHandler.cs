using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace EmulationBot.Tests.Support;

/// <summary>
/// A fake end of the wire: records every request (with its body read at send time) and answers with
/// <see cref="Responder"/>, by default 200 with a fresh <c>{"id":…}</c> as the Bot Connector does.
/// </summary>
public sealed class RecordingHttpHandler : HttpMessageHandler
{
    private int _count;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers one request; the number is 1 for the first request the handler sees.</summary>
    public Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> Responder { get; set; } =
        (_, n, _) => Task.FromResult(Json(HttpStatusCode.OK, $$"""{"id":"reply-{{n}}"}"""));

    /// <summary>Answers the requests in turn with <paramref name="statuses"/>, then 200.</summary>
    public RecordingHttpHandler AnswerInTurn(params HttpStatusCode[] statuses)
    {
        Responder = (_, n, _) => Task.FromResult(n <= statuses.Length ? new HttpResponseMessage(statuses[n - 1]) : Json(HttpStatusCode.OK, """{"id":"ok"}"""));
        return this;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body);
        Requests.Enqueue(recorded);
        var response = await Responder(recorded, Interlocked.Increment(ref _count), cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}

/// <summary>One request as it went out.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body)
{
    /// <summary>The path and query exactly as sent on the wire (escapes kept).</summary>
    public string PathAndQuery => Uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
}
