using System.Net;
using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol.Connector;

public class ConnectorClientTests
{
    private const string ThreadId = "19:abc123@thread.tacv2;messageid=1700000000000";
    private const string EscapedThreadId = "19%3Aabc123%40thread.tacv2%3Bmessageid%3D1700000000000";
    private readonly RecordingHttpHandler _wire = new();

    private ConnectorClient Client() => new(new HttpClient(_wire));

    private static Activity Reply(string serviceUrl, string? replyToId) => new()
    {
        Type = ActivityTypes.Message,
        Text = "Xin chào",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = ThreadId },
        ReplyToId = replyToId,
    };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Send_ReplyInAChannelThread_PostsToTheEscapedReplyPath(string serviceUrl)
    {
        var result = await Client().SendAsync(Reply(serviceUrl, "1700000000001"), CancellationToken.None);

        var request = Assert.Single(_wire.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedThreadId}/activities/1700000000001", request.PathAndQuery);
        Assert.Equal("reply-1", result.Id);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("Xin chào", body.RootElement.GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Send_WithoutReplyToId_PostsANewActivity()
    {
        await Client().SendAsync(Reply("https://smba.trafficmanager.net/amer/", null), CancellationToken.None);

        Assert.Equal($"/amer/v3/conversations/{EscapedThreadId}/activities", Assert.Single(_wire.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Update_PutsTheActivityAtItsId()
    {
        var activity = Reply("https://smba.trafficmanager.net/amer/", null);
        activity.Id = "1:card/42";

        await Client().UpdateActivityAsync(activity, CancellationToken.None);

        var request = Assert.Single(_wire.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedThreadId}/activities/1%3Acard%2F42", request.PathAndQuery);
    }

    [Fact]
    public async Task Delete_SendsDeleteToTheActivity()
    {
        await Client().DeleteActivityAsync("https://smba.trafficmanager.net/amer/", ThreadId, "17", CancellationToken.None);

        var request = Assert.Single(_wire.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedThreadId}/activities/17", request.PathAndQuery);
    }

    [Fact]
    public async Task CreateConversation_PostsTheParametersAndReadsTheNewId()
    {
        _wire.Responder = (_, _, _) => Task.FromResult(RecordingHttpHandler.Json(HttpStatusCode.Created, """{"id":"a:new-chat","activityId":"9"}"""));
        var parameters = new ConversationParameters { IsGroup = false, TenantId = "tenant-1", Members = [new ChannelAccount { Id = "29:user" }] };

        var created = await Client().CreateConversationAsync("https://smba.trafficmanager.net/teams/", parameters, CancellationToken.None);

        var request = Assert.Single(_wire.Requests);
        Assert.Equal("/teams/v3/conversations", request.PathAndQuery);
        Assert.Contains("\"tenantId\":\"tenant-1\"", request.Body);
        Assert.Equal("a:new-chat", created.Id);
    }

    [Fact]
    public async Task GetMember_ByUpn_EscapesTheIdAndReadsTheAccount()
    {
        _wire.Responder = (_, _, _) => Task.FromResult(RecordingHttpHandler.Json(HttpStatusCode.OK,
            """{"id":"29:user","name":"Nguyễn Văn An","aadObjectId":"oid-1","userPrincipalName":"an.nv@sokhcn.gov.vn"}"""));

        var member = await Client().GetMemberAsync("https://smba.trafficmanager.net/teams/", "a:chat", "an.nv@sokhcn.gov.vn", CancellationToken.None);

        Assert.Equal("/teams/v3/conversations/a%3Achat/members/an.nv%40sokhcn.gov.vn", Assert.Single(_wire.Requests).PathAndQuery);
        Assert.Equal("Nguyễn Văn An", member!.Name);
    }

    [Fact]
    public async Task GetMember_NotFound_ReturnsNull()
    {
        _wire.AnswerInTurn(HttpStatusCode.NotFound);

        Assert.Null(await Client().GetMemberAsync("https://smba.trafficmanager.net/teams/", "a:chat", "29:gone", CancellationToken.None));
    }

    [Fact]
    public async Task Send_ConnectorError_ThrowsWithStatusCodeAndKind()
    {
        _wire.Responder = (_, _, _) => Task.FromResult(RecordingHttpHandler.Json(HttpStatusCode.Forbidden,
            """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Reply("https://smba.trafficmanager.net/amer/", null), CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("BotNotInConversationRoster", error.Code);
        Assert.Equal(SendFailure.Gone, error.Kind);
        Assert.Contains("roster", error.Message);
    }

    [Fact]
    public async Task Send_Throttled_ThrowsWithRetryAfter()
    {
        _wire.Responder = (_, _, _) =>
        {
            var response = RecordingHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled","message":"Too many requests"}}""");
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return Task.FromResult(response);
        };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Reply("https://smba.trafficmanager.net/amer/", null), CancellationToken.None));

        Assert.Equal(SendFailure.Throttled, error.Kind);
        Assert.Equal("Throttled", error.Code);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task Send_ErrorWithAnHtmlBody_ThrowsWithTheStatusOnly()
    {
        _wire.Responder = (_, _, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html><body>Bad gateway</body></html>", System.Text.Encoding.UTF8, "text/html"),
        });

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Reply("https://smba.trafficmanager.net/amer/", null), CancellationToken.None));

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.Code);
        Assert.Equal(SendFailure.Failed, error.Kind);
    }

    [Fact]
    public async Task Send_ConnectorUnreachable_ThrowsAConnectorException()
    {
        _wire.Responder = (_, _, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Reply("https://smba.trafficmanager.net/amer/", null), CancellationToken.None));

        Assert.Equal("ConnectorUnreachable", error.Code);
        Assert.Equal(SendFailure.Failed, error.Kind);
    }

    [Fact]
    public async Task Send_ConnectorTimesOut_ThrowsAConnectorException()
    {
        _wire.Responder = (_, _, _) => Task.FromException<HttpResponseMessage>(new TaskCanceledException("timeout", new TimeoutException()));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Reply("https://smba.trafficmanager.net/amer/", null), CancellationToken.None));

        Assert.Equal("ConnectorTimeout", error.Code);
    }

    [Fact]
    public async Task Send_CancelledByTheCaller_StaysACancellation()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().SendAsync(Reply("https://smba.trafficmanager.net/amer/", null), cancel.Token));
    }

    [Fact]
    public async Task Send_ActivityWithoutServiceUrl_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().SendAsync(Reply(null!, null), CancellationToken.None));

        Assert.Empty(_wire.Requests);
    }
}
