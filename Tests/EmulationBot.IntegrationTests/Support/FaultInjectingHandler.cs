namespace EmulationBot.IntegrationTests.Support;

/// <summary>
/// Sits between the store and the real server: it counts requests and, when told, lets a request reach the server but
/// throws its answer away, as a dropped connection or a timeout after the server acted would.
/// </summary>
public sealed class FaultInjectingHandler : DelegatingHandler
{
    private Func<HttpRequestMessage, bool>? _dropAnswerOf;
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public List<string> Log { get; } = [];

    /// <summary>The next request matching <paramref name="match"/> reaches the server, but its answer is lost.</summary>
    public void DropNextAnswer(Func<HttpRequestMessage, bool> match) => _dropAnswerOf = match;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        lock (Log) Log.Add($"{request.Method} {request.RequestUri!.PathAndQuery}");
        var response = await base.SendAsync(request, cancellationToken);
        if (_dropAnswerOf is { } match && match(request))
        {
            _dropAnswerOf = null;
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The answer was lost (injected).");
        }
        return response;
    }
}
