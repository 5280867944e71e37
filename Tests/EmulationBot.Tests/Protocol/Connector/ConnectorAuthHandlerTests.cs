using EmulationBot.Protocol.Connector;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol.Connector;

public class ConnectorAuthHandlerTests
{
    private readonly RecordingHttpHandler _wire = new();
    private readonly ServiceUrlTrust _trust = new();
    private readonly FakeBotTokenProvider _tokens = new();

    private HttpClient Client(IBotTokenProvider tokens) => new(new ConnectorAuthHandler(tokens, _trust) { InnerHandler = _wire });

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    public async Task Send_AllowListedConnectorHost_CarriesTheBotToken(string serviceUrl)
    {
        using var response = await Client(_tokens).PostAsync(serviceUrl + "v3/conversations/a%3A1/activities", new StringContent("{}"));

        Assert.Equal("Bearer test-token-1", Assert.Single(_wire.Requests).Authorization);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost:3978/")]
    public async Task Send_ServiceUrlNobodyVouchedFor_IsRefusedWithoutAToken(string serviceUrl)
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(_tokens).PostAsync(serviceUrl + "v3/conversations/a%3A1/activities", new StringContent("{}")));

        Assert.Equal("UntrustedServiceUrl", error.Code);
        Assert.Empty(_wire.Requests);
        Assert.Equal(0, _tokens.Issued);
    }

    [Fact]
    public async Task Send_ServiceUrlVouchedForByAValidatedToken_CarriesTheBotToken()
    {
        const string serviceUrl = "https://connector.contoso.example/teams/";
        await Assert.ThrowsAsync<ConnectorException>(() => Client(_tokens).GetAsync(serviceUrl + "v3/conversations/a%3A1/members/29%3A1"));

        _trust.Add(serviceUrl);
        using var response = await Client(_tokens).GetAsync(serviceUrl + "v3/conversations/a%3A1/members/29%3A1");

        Assert.Equal("Bearer test-token-1", Assert.Single(_wire.Requests).Authorization);
    }

    [Fact]
    public async Task Send_VouchedServiceUrl_DoesNotVouchForOtherPathsOnTheSameHost()
    {
        _trust.Add("https://connector.contoso.example/teams/");

        await Assert.ThrowsAsync<ConnectorException>(() => Client(_tokens).GetAsync("https://connector.contoso.example/other/v3/conversations/a%3A1/members/1"));

        Assert.Empty(_wire.Requests);
    }

    [Fact]
    public async Task Send_LocalMode_SendsNoAuthorizationHeaderAnywhere()
    {
        using var response = await Client(new AnonymousTokenProvider()).PostAsync("http://localhost:56150/v3/conversations/a%3A1/activities", new StringContent("{}"));

        Assert.Null(Assert.Single(_wire.Requests).Authorization);
    }

    [Fact]
    public async Task Send_TokenUnavailable_FailsAsAConnectorErrorWithoutSending()
    {
        _tokens.FailWith = new BotTokenException("Could not get a Bot Connector token for app x from y: invalid_client.");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(_tokens).PostAsync("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities", new StringContent("{}")));

        Assert.Equal("BotTokenUnavailable", error.Code);
        Assert.Contains("invalid_client", error.Message);
        Assert.Empty(_wire.Requests);
    }
}
