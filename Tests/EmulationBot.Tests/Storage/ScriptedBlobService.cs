using System.Net;
using EmulationBot.Storage;
using EmulationBot.Storage.Blob;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace EmulationBot.Tests.Storage;

/// <summary>A fake Blob endpoint: answers requests from a script (status, or a thrown error, or no answer) and records them.</summary>
public sealed class ScriptedBlobService : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();

    public List<string> Requests { get; } = [];

    public ScriptedBlobService Answer(HttpStatusCode status, string? errorCode = null, string? eTag = null, TimeSpan? retryAfter = null)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent("{}"u8.ToArray()) };
            if (errorCode is not null) response.Headers.TryAddWithoutValidation("x-ms-error-code", errorCode);
            if (eTag is not null) response.Headers.TryAddWithoutValidation("ETag", eTag);
            if (retryAfter is { } wait) response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
            return Task.FromResult(response);
        });
        return this;
    }

    public ScriptedBlobService Refuse()
    {
        _script.Enqueue(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (scripted)."));
        return this;
    }

    /// <summary>Never answers: only the per-attempt timeout ends the attempt.</summary>
    public ScriptedBlobService Hang()
    {
        _script.Enqueue(async ct =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    /// <summary>A BlobStorage built like the bot builds it, talking to this script.</summary>
    public ServiceProvider Services(int maxRetries = 3, string requestTimeout = "00:00:05")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:MaxRetries"] = maxRetries.ToString(),
            ["Storage:RetryDelay"] = "00:00:00.001",
            ["Storage:RequestTimeout"] = requestTimeout,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddStateStorage(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = Environments.Production });
        services.AddHttpClient<BlobTransport>().ConfigurePrimaryHttpMessageHandler(() => this);
        return services.BuildServiceProvider();
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests) Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
        if (!_script.TryDequeue(out var step)) throw new InvalidOperationException($"Unscripted request: {request.Method} {request.RequestUri}");
        return step(cancellationToken);
    }
}
