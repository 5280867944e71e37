using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace EmulationBot.Protocol.Connector;

/// <summary>
/// Retries connector calls that failed for a passing reason — 429, 412, 502, 504, a connection failure or a timed
/// out attempt — with jittered exponential backoff, honouring <c>Retry-After</c>. It sits outside the token
/// handler, so each attempt carries a current token.
/// </summary>
public sealed class ConnectorRetryHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ConnectorRetryHandler(IOptions<ConnectorRetryOptions> options, TimeProvider clock, ILogger<ConnectorRetryHandler> logger)
    {
        var settings = options.Value;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfter.From(args.Outcome.Result?.Headers.RetryAfter, clock.GetUtcNow(), settings.MaxRetryAfter)),
                OnRetry = args =>
                {
                    logger.LogWarning("Connector call failed ({Outcome}); retry {Attempt} in {Delay}",
                        Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        if (settings.AttemptTimeout > TimeSpan.Zero && settings.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(settings.AttemptTimeout);
        }
        _pipeline = builder.Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (state, token) => await state.Handler.SendOnceAsync(state.Request, token),
                (Handler: this, Request: request),
                cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            // Reported the way HttpClient reports its own timeout, so callers need not know about Polly.
            throw new TaskCanceledException("The connector did not answer in time.", new TimeoutException(ex.Message, ex));
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    /// <summary>Whether an attempt's outcome is worth another try; a cancellation by the caller never is.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken callerToken) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: OperationCanceledException } => !callerToken.IsCancellationRequested, // e.g. a connect timeout below us
        { Exception: not null } => false,
        { Result: { } response } => (int)response.StatusCode is 429 or 412 or 502 or 504,
        _ => false,
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : ((int)outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
