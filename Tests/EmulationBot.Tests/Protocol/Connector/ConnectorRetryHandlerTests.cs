using System.Net;
using System.Net.Http.Headers;
using EmulationBot.Protocol.Connector;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Protocol.Connector;

public class ConnectorRetryHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly InstantDelayClock _clock = new(Now);
    private readonly RecordingHttpHandler _wire = new();
    private readonly ConnectorRetryOptions _options = new() { AttemptTimeout = Timeout.InfiniteTimeSpan };

    private HttpClient Client() =>
        new(new ConnectorRetryHandler(Options.Create(_options), _clock, NullLogger<ConnectorRetryHandler>.Instance) { InnerHandler = _wire });

    private Task<HttpResponseMessage> PostAsync() =>
        Client().PostAsync("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities", new StringContent("""{"type":"message"}"""));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_TransientStatus_IsRetriedWithTheSameBody(HttpStatusCode status)
    {
        _wire.AnswerInTurn(status);

        using var response = await PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _wire.Requests.Count);
        Assert.All(_wire.Requests, r => Assert.Equal("""{"type":"message"}""", r.Body));
        Assert.Single(_clock.Waits);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Send_OtherFailure_IsNotRetried(HttpStatusCode status)
    {
        _wire.AnswerInTurn(status);

        using var response = await PostAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Single(_wire.Requests);
    }

    [Fact]
    public async Task Send_AlwaysThrottled_GivesUpAfterThreeRetries()
    {
        _wire.AnswerInTurn(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 10).ToArray());

        using var response = await PostAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(4, _wire.Requests.Count);
        Assert.Equal(3, _clock.Waits.Count);
    }

    [Fact]
    public async Task Send_NoRetryAfter_BacksOffWithJitterWithinTheMaximum()
    {
        _wire.AnswerInTurn(HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.BadGateway);

        using var response = await PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _clock.Waits.Count);
        Assert.All(_clock.Waits, wait => Assert.InRange(wait, TimeSpan.FromTicks(1), _options.MaxDelay));
    }

    [Theory]
    [InlineData(7, 7)]
    [InlineData(0, 0)]
    [InlineData(3600, 20)]
    public async Task Send_RetryAfterSeconds_WaitsThatLongCappedAtTheMaximum(int retryAfterSeconds, int expectedSeconds)
    {
        _wire.Responder = (_, n, _) => Task.FromResult(n == 1 ? Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds))) : new HttpResponseMessage(HttpStatusCode.OK));

        using var response = await PostAsync();

        Assert.Equal(2, _wire.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), _clock.Waits.SingleOrDefault());
    }

    [Fact]
    public async Task Send_RetryAfterDate_WaitsUntilThatTime()
    {
        _wire.Responder = (_, n, _) => Task.FromResult(n == 1 ? Throttled(new RetryConditionHeaderValue(Now.AddSeconds(9))) : new HttpResponseMessage(HttpStatusCode.OK));

        using var response = await PostAsync();

        Assert.Equal(TimeSpan.FromSeconds(9), Assert.Single(_clock.Waits));
    }

    [Fact]
    public async Task Send_ConnectionFailure_IsRetried()
    {
        _wire.Responder = (_, n, _) => n == 1
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused"))
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));

        using var response = await PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _wire.Requests.Count);
    }

    [Fact]
    public async Task Send_TimeoutBelowTheHandler_IsRetried()
    {
        _wire.Responder = (_, n, _) => n == 1
            ? Task.FromException<HttpResponseMessage>(new TaskCanceledException("connect timeout", new TimeoutException()))
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));

        using var response = await PostAsync();

        Assert.Equal(2, _wire.Requests.Count);
    }

    [Fact]
    public async Task Send_AttemptThatHangs_IsAbandonedAndRetried()
    {
        _options.AttemptTimeout = TimeSpan.FromSeconds(15);
        _wire.Responder = async (_, n, token) =>
        {
            if (n == 1) await Task.Delay(Timeout.Infinite, token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        };

        using var response = await PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _wire.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(15), _clock.Waits);
    }

    [Fact]
    public async Task Send_EveryAttemptHangs_FailsAsATimeoutAfterTheRetries()
    {
        _options.AttemptTimeout = TimeSpan.FromSeconds(15);
        _wire.Responder = async (_, _, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        };

        var error = await Assert.ThrowsAsync<TaskCanceledException>(PostAsync);

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(4, _wire.Requests.Count);
    }

    [Fact]
    public async Task Send_CancelledByTheCaller_IsNotRetried()
    {
        using var cancel = new CancellationTokenSource();
        _wire.Responder = async (_, _, token) =>
        {
            await cancel.CancelAsync();
            token.ThrowIfCancellationRequested();
            return new HttpResponseMessage(HttpStatusCode.OK);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().GetAsync("https://smba.trafficmanager.net/amer/v3/x", cancel.Token));

        Assert.Single(_wire.Requests);
    }

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue retryAfter) =>
        new(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = retryAfter } };
}
