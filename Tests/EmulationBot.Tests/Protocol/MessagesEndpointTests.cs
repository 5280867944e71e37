using System.Net;
using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol;

public class MessagesEndpointTests
{
    [Fact]
    public async Task Post_LocalModeMessage_Answers200AndRepliesWithoutAToken()
    {
        await using var factory = new BotWebApplicationFactory();

        using var response = await factory.PostActivityAsync(TestUser.Default.Message("tro giup"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(factory.ConnectorMessages());
        Assert.Null(reply.Authorization);
        Assert.Equal(HttpMethod.Post, reply.Method);
        Assert.StartsWith(TestUser.ServiceUrl + "v3/conversations/a%3Apersonal-user-1/activities", reply.Uri.AbsoluteUri);
        Assert.Contains("application/vnd.microsoft.card.adaptive", reply.Body);
        Assert.Empty(factory.Unexpected.Requests);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"text":"hello","from":{"id":"29:1"}}""")]
    [InlineData("""{"type":"message","from":"not-an-object"}""")]
    public async Task Post_BodyThatIsNotAnActivity_Answers400(string body)
    {
        await using var factory = new BotWebApplicationFactory();

        using var response = await factory.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(factory.Connector.Requests);
    }

    [Fact]
    public async Task Post_OversizedBodyWithContentLength_Answers413()
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string> { ["Bot:MaxRequestBytes"] = "4096" });
        var activity = TestUser.Default.Message(new string('a', 5000));

        using var response = await factory.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(factory.Connector.Requests);
    }

    [Theory]
    [InlineData(5000, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(100, HttpStatusCode.OK)]
    public async Task Post_StreamedBodyWithoutContentLength_IsCutOffAtTheLimit(int textLength, HttpStatusCode expected)
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string> { ["Bot:MaxRequestBytes"] = "4096" });
        var json = JsonSerializer.SerializeToUtf8Bytes(TestUser.Default.Message(new string('a', textLength)), ProtocolJson.Wire.Activity);
        long? contentLength = -1;

        // The server's own request builder: HttpClient through TestServer would buffer the body and add a Content-Length.
        var context = await factory.Server.SendAsync(http =>
        {
            http.Request.Method = "POST";
            http.Request.Path = "/api/messages";
            http.Request.ContentType = "application/json";
            http.Request.Body = new MemoryStream(json);
            contentLength = http.Request.ContentLength;
        });

        Assert.Null(contentLength);
        Assert.Equal((int)expected, context.Response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Answers200AndStoresNothing()
    {
        await using var factory = new BotWebApplicationFactory();
        var activity = TestUser.Default.Activity("somethingNew");
        activity.Id = "unknown-1";

        using var response = await factory.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(factory.Connector.Requests);
        Assert.Equal(0, Assert.IsType<MemoryStorage>(factory.Storage).Count);
    }

    [Fact]
    public async Task Post_MessageReaction_Answers200AndIsIgnored()
    {
        await using var factory = new BotWebApplicationFactory();
        var activity = TestUser.Default.Activity(ActivityTypes.MessageReaction);
        activity.ReplyToId = "1700000000001";
        activity.Properties = new() { ["reactionsAdded"] = JsonSerializer.SerializeToElement(new[] { new { type = "like" } }) };

        using var response = await factory.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(factory.Connector.Requests);
        Assert.Equal(0, Assert.IsType<MemoryStorage>(factory.Storage).Count);
    }

    [Fact]
    public async Task Post_InvokeNobodyHandles_Answers501()
    {
        await using var factory = new BotWebApplicationFactory();
        var activity = TestUser.Default.Activity(ActivityTypes.Invoke);
        activity.Name = "composeExtension/query";

        using var response = await factory.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(factory.Connector.Requests);
    }

    [Fact]
    public async Task Post_ExpectReplies_ReturnsTheRepliesInTheBodyAndPostsNothing()
    {
        await using var factory = new BotWebApplicationFactory();
        var activity = TestUser.Default.Message("help");
        activity.DeliveryMode = "expectReplies";

        using var response = await factory.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Empty(factory.Connector.Requests);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_Answers405()
    {
        await using var factory = new BotWebApplicationFactory();

        using var response = await factory.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
