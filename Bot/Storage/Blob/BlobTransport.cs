using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace EmulationBot.Storage.Blob;

/// <summary>
/// Sends Blob service requests over a pooled, typed <see cref="HttpClient"/> with a per-attempt timeout and jittered
/// exponential retries on 408/429/500/502/503/504 and connection failures; what still fails is a
/// <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class BlobTransport
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly int _maxAttempts;

    public BlobTransport(HttpClient http, BlobConnection connection, IOptions<StorageOptions> options, ILogger<BlobTransport> logger)
    {
        _http = http;
        Connection = connection;
        var settings = options.Value;
        _maxAttempts = Math.Max(0, settings.MaxRetries) + 1;
        _pipeline = BuildPipeline(settings, logger);
    }

    public BlobConnection Connection { get; }

    /// <summary>Sends a request built afresh for each attempt; the caller disposes the answer.</summary>
    public async Task<BlobResponse> SendAsync(string operation, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var state = new AttemptState(_http, build);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(static async (s, ct) =>
            {
                s.Attempts++;
                using var request = s.Build();
                return await s.Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }, state, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            throw new StorageUnavailableException(
                $"Azure Blob Storage at {Connection.ServiceEndpoint.GetLeftPart(UriPartial.Authority)} could not be reached to {operation} " +
                $"({Reason(ex)}) after {state.Attempts} attempt(s).", ex);
        }
        return new BlobResponse(response, state.Attempts);
    }

    internal static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    private static string Reason(Exception ex) => ex switch
    {
        TimeoutRejectedException timeout => $"no answer within {timeout.Timeout.TotalSeconds:0.#} s",
        HttpRequestException { InnerException: SocketException socket } => $"connection failed: {socket.SocketErrorCode}",
        HttpRequestException http when http.HttpRequestError != HttpRequestError.Unknown => $"connection failed: {http.HttpRequestError}",
        _ => "connection failed",
    };

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(StorageOptions settings, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (_maxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _maxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { } response } => IsTransient(response.StatusCode),
                    _ => false,
                }),
                // The service may ask for a pause (429/503 with Retry-After); honour it, within reason.
                DelayGenerator = static args => ValueTask.FromResult(
                    args.Outcome.Result?.Headers.RetryAfter?.Delta is { } wait && wait <= TimeSpan.FromSeconds(10) ? wait : (TimeSpan?)null),
                OnRetry = args =>
                {
                    logger.LogInformation("Blob request attempt {Attempt} failed ({Outcome}); retrying in {Delay} ms",
                        args.AttemptNumber + 1, args.Outcome.Exception?.GetType().Name ?? ((int)args.Outcome.Result!.StatusCode).ToString(),
                        (int)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }
        builder.AddTimeout(settings.RequestTimeout);
        return builder.Build();
    }

    private sealed class AttemptState(HttpClient http, Func<HttpRequestMessage> build)
    {
        public HttpClient Http { get; } = http;
        public Func<HttpRequestMessage> Build { get; } = build;
        public int Attempts;
    }
}
