using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol.Auth;

public sealed class EntraTokenTests(OpenIdTestServer server) : IClassFixture<OpenIdTestServer>, IDisposable
{
    private const string BotTenant = "3c1e5a2b-7777-4bbb-9ccc-0123456789ab";
    private const string EmulatorServiceUrl = "http://localhost:56789";
    private readonly AuthenticatorHarness _auth = new(server, botTenantId: BotTenant);

    public void Dispose() => _auth.Dispose();

    private Task<EmulationBot.Protocol.Auth.AuthenticationResult> AuthenticateAsync(System.Text.Json.Nodes.JsonObject claims) =>
        _auth.AuthenticateAsync(TestTokens.Bearer(TestTokens.Sign(_auth.EntraKey, claims)),
            AuthenticatorHarness.Activity(channelId: "emulator", serviceUrl: EmulatorServiceUrl));

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Authenticate_TokenIssuedToTheBotsOwnApp_SucceedsAndVouchesForTheActivityServiceUrl(string version)
    {
        var result = await AuthenticateAsync(TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), version));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(EmulatorServiceUrl, result.Caller.ServiceUrl);
        Assert.Equal(1, _auth.Entra.KeyRequests);
        Assert.Equal(0, _auth.Channel.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_TokenFromTheBotsOwnTenant_Succeeds()
    {
        var result = await AuthenticateAsync(TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), "2.0", tenant: BotTenant));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Authenticate_TokenIssuedToAnotherApp_Fails(string version)
    {
        var claims = TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), version, clientId: "another-app");

        AuthenticatorHarness.AssertFailed(await AuthenticateAsync(claims), "not issued to this bot");
    }

    [Fact]
    public async Task Authenticate_V1TokenNamingTheBotOnlyInAzp_Fails()
    {
        var claims = TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), "1.0", clientId: "another-app");
        claims["azp"] = TestTokens.AppId;

        AuthenticatorHarness.AssertFailed(await AuthenticateAsync(claims), "not issued to this bot");
    }

    [Fact]
    public async Task Authenticate_UnknownVersion_Fails()
    {
        var claims = TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), "2.0");
        claims["ver"] = "3.0";

        AuthenticatorHarness.AssertFailed(await AuthenticateAsync(claims), "not issued to this bot");
    }

    [Fact]
    public async Task Authenticate_TenantClaimDiffersFromIssuer_Fails()
    {
        var claims = TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), "2.0");
        claims["tid"] = BotTenant;

        AuthenticatorHarness.AssertFailed(await AuthenticateAsync(claims), "tenant");
    }

    [Fact]
    public async Task Authenticate_WrongAudience_Fails()
    {
        var claims = TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), "2.0");
        claims["aud"] = "https://graph.microsoft.com";

        AuthenticatorHarness.AssertFailed(await AuthenticateAsync(claims), "audience");
    }

    [Fact]
    public async Task Authenticate_IssuerTenantNotAllowed_FailsWithoutFetchingKeys()
    {
        var claims = TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), "2.0", tenant: "0badc0de-0000-4000-8000-000000000000");

        AuthenticatorHarness.AssertFailed(await AuthenticateAsync(claims), "issuer");
        Assert.Equal(0, _auth.Entra.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_EntraTokenSignedWithAChannelKey_Fails()
    {
        var token = TestTokens.Sign(_auth.ChannelKey, TestTokens.EntraClaims(_auth.Clock.GetUtcNow(), "2.0"));

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(TestTokens.Bearer(token)), "unknown");
    }
}
