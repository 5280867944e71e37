using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace EmulationBot.Benchmarks.Reminders;

/// <summary>
/// The HTTP face of <see cref="MockTeamsService"/> for one bot instance's connector client: POST …/activities is a send,
/// anything else answers 200. When the instance is killed, calls neither reach the service nor come back.
/// </summary>
public sealed class MockConnectorHandler(MockTeamsService service, KillSwitch kill) : HttpMessageHandler
{
    private int _nextId;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await kill.ThrowIfDeadAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var marker = "/v3/conversations/";
        if (request.Method != HttpMethod.Post || !path.Contains(marker, StringComparison.Ordinal) || !path.EndsWith("/activities", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, "{}");
        }
        var start = path.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var conversation = Uri.UnescapeDataString(path[start..^"/activities".Length]);
        var status = await service.PostActivityAsync(conversation, cancellationToken);
        // A dead instance never hears the answer, even to a message that was delivered.
        await kill.ThrowIfDeadAsync(cancellationToken);
        var response = status switch
        {
            201 => Json(HttpStatusCode.Created, $"{{\"id\":\"m{Interlocked.Increment(ref _nextId)}\"}}"),
            429 => Json((HttpStatusCode)429, "{\"error\":{\"code\":\"Throttled\",\"message\":\"Too many requests\"}}"),
            _ => Json((HttpStatusCode)status, "{\"error\":{\"code\":\"ServiceError\",\"message\":\"Injected failure\"}}"),
        };
        if (status == 429) response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
        return response;
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
