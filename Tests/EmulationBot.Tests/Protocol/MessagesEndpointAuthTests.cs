using System.Net;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol;

public sealed class MessagesEndpointAuthTests : IClassFixture<OpenIdTestServer>, IDisposable
{
    private readonly TestSigningKey _channelKey = new("channel-key-1", "msteams");
    private readonly PublishedKeySet _keys;

    public MessagesEndpointAuthTests(OpenIdTestServer server) => _keys = server.Publish(_channelKey);

    public void Dispose() => _channelKey.Dispose();

    private string ValidToken(string serviceUrl = TestUser.ServiceUrl) =>
        TestTokens.Bearer(TestTokens.Sign(_channelKey, TestTokens.ChannelClaims(DateTimeOffset.UtcNow, serviceUrl)));

    [Theory]
    [InlineData("Production")]
    [InlineData("Test")]
    [InlineData("Development")]
    public async Task Post_WithoutToken_Answers401AndDoesNothing(string environment)
    {
        await using var factory = BotWebApplicationFactory.WithAuthentication(_keys, environment);

        using var response = await factory.PostActivityAsync(TestUser.Default.Message("help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(factory.Connector.Requests);
        Assert.Equal(0, Assert.IsType<MemoryStorage>(factory.Storage).Count);
    }

    [Fact]
    public async Task Post_WithAForgedToken_Answers401AndLogsTheReasonButNotTheToken()
    {
        await using var factory = BotWebApplicationFactory.WithAuthentication(_keys);
        using var forger = new TestSigningKey("channel-key-1", "msteams");
        var forged = TestTokens.Bearer(TestTokens.Sign(forger, TestTokens.ChannelClaims(DateTimeOffset.UtcNow, TestUser.ServiceUrl)));

        using var response = await factory.PostActivityAsync(TestUser.Default.Message("help"), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(factory.Connector.Requests);
        Assert.Contains(factory.Logs.Messages, m => m.Contains("signature does not verify", StringComparison.Ordinal));
        var signature = forged[(forged.LastIndexOf('.') + 1)..];
        Assert.DoesNotContain(factory.Logs.Messages, m => m.Contains(signature, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not.a.jwt")]
    public async Task Post_WithAMalformedAuthorization_Answers401(string authorization)
    {
        await using var factory = BotWebApplicationFactory.WithAuthentication(_keys);

        using var response = await factory.PostActivityAsync(TestUser.Default.Message("help"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithAValidToken_Answers200AndRepliesWithTheBotToken()
    {
        await using var factory = BotWebApplicationFactory.WithAuthentication(_keys);
        var message = TestUser.Default.Message("tro giup");
        message.Id = "1700000000123";

        using var response = await factory.PostActivityAsync(message, ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(factory.ConnectorMessages());
        Assert.Equal(HttpMethod.Post, reply.Method);
        Assert.Equal(TestUser.ServiceUrl + "v3/conversations/a%3Apersonal-user-1/activities/1700000000123", reply.Uri.AbsoluteUri);
        Assert.Equal("Bearer test-token-1", reply.Authorization);
        Assert.Contains("application/vnd.microsoft.card.adaptive", reply.Body);
        Assert.Empty(factory.Unexpected.Requests);
    }

    [Fact]
    public async Task Post_ValidTokenVouchingForAnUnlistedServiceUrl_RepliesThereWithTheBotToken()
    {
        const string serviceUrl = "https://connector.contoso.example/teams/";
        await using var factory = BotWebApplicationFactory.WithAuthentication(_keys);
        var message = TestUser.Default.Message("help");
        message.ServiceUrl = serviceUrl;

        using var response = await factory.PostActivityAsync(message, ValidToken(serviceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(factory.ConnectorMessages());
        Assert.StartsWith(serviceUrl, reply.Uri.AbsoluteUri);
        Assert.Equal("Bearer test-token-1", reply.Authorization);
    }

    [Fact]
    public async Task Post_TokenVouchingForAnotherServiceUrl_Answers401AndSendsNothingThere()
    {
        await using var factory = BotWebApplicationFactory.WithAuthentication(_keys);
        var message = TestUser.Default.Message("help");
        message.ServiceUrl = "https://attacker.example/";

        using var response = await factory.PostActivityAsync(message, ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(factory.Connector.Requests);
        Assert.Equal(0, factory.Tokens.Issued);
    }

    [Fact]
    public async Task Post_ExpectRepliesWithAValidToken_ReturnsRepliesAndPostsNothing()
    {
        await using var factory = BotWebApplicationFactory.WithAuthentication(_keys);
        var message = TestUser.Default.Message("help");
        message.DeliveryMode = "expectReplies";

        using var response = await factory.PostActivityAsync(message, ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"activities\":[", await response.Content.ReadAsStringAsync());
        Assert.Empty(factory.Connector.Requests);
        Assert.Equal(0, factory.Tokens.Issued);
    }

    [Fact]
    public async Task Post_ManyRequests_FetchTheSigningKeysOnce()
    {
        await using var factory = BotWebApplicationFactory.WithAuthentication(_keys);

        for (var i = 0; i < 3; i++)
        {
            var message = TestUser.Default.Message("help");
            message.Id = $"msg-{i}";
            using var response = await factory.PostActivityAsync(message, ValidToken());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, _keys.MetadataRequests);
        Assert.Equal(1, _keys.KeyRequests);
        Assert.Empty(factory.Unexpected.Requests);
    }
}
