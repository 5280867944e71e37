using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace EmulationBot.Tests.Plans.Support;

/// <summary>Serves files by URL in place of SharePoint/OneDrive, and records what was asked.</summary>
internal sealed class FakeFileServer : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, (HttpStatusCode Status, byte[] Body, long? DeclaredLength)> _files = new(StringComparer.Ordinal);

    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    public string Serve(string url, byte[] body, HttpStatusCode status = HttpStatusCode.OK, long? declaredLength = null)
    {
        _files[url] = (status, body, declaredLength);
        return url;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        if (!_files.TryGetValue(request.RequestUri!.ToString(), out var file)) return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        var content = new ByteArrayContent(file.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        if (file.DeclaredLength is { } length) content.Headers.ContentLength = length;
        return Task.FromResult(new HttpResponseMessage(file.Status) { Content = content });
    }
}
