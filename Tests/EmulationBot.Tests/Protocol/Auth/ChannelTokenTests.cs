using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol.Auth;

public sealed class ChannelTokenTests(OpenIdTestServer server) : IClassFixture<OpenIdTestServer>, IDisposable
{
    private readonly AuthenticatorHarness _auth = new(server);

    public void Dispose() => _auth.Dispose();

    [Fact]
    public async Task Authenticate_ValidChannelToken_SucceedsAndVouchesForServiceUrl()
    {
        var result = await _auth.AuthenticateChannelAsync(_auth.ChannelClaims());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(result.Caller.IsAuthenticated);
        Assert.Equal(TestTokens.AppId, result.Caller.AppId);
        Assert.Equal(AuthenticatorHarness.ServiceUrl, result.Caller.ServiceUrl);
        Assert.Equal(TestTokens.ChannelIssuer, result.Caller.Claims["iss"]);
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinSkew_Succeeds()
    {
        var claims = _auth.ChannelClaims();
        claims["exp"] = _auth.Clock.GetUtcNow().AddMinutes(-4).ToUnixTimeSeconds();

        var result = await _auth.AuthenticateChannelAsync(claims);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_NotYetValidWithinSkew_Succeeds()
    {
        var claims = _auth.ChannelClaims();
        claims["nbf"] = _auth.Clock.GetUtcNow().AddMinutes(4).ToUnixTimeSeconds();

        var result = await _auth.AuthenticateChannelAsync(claims);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ExpiredBeyondSkew_Fails()
    {
        var claims = _auth.ChannelClaims();
        claims["exp"] = _auth.Clock.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds();

        var result = await _auth.AuthenticateChannelAsync(claims);

        AuthenticatorHarness.AssertFailed(result, "expired");
    }

    [Fact]
    public async Task Authenticate_TokenAgesPastExpiry_Fails()
    {
        var token = TestTokens.Bearer(TestTokens.Sign(_auth.ChannelKey, _auth.ChannelClaims()));
        Assert.True((await _auth.AuthenticateAsync(token)).Succeeded);

        _auth.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(token), "expired");
    }

    [Fact]
    public async Task Authenticate_NoExpiry_Fails()
    {
        var claims = _auth.ChannelClaims();
        claims.Remove("exp");

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateChannelAsync(claims), "no expiry");
    }

    [Fact]
    public async Task Authenticate_NotYetValidBeyondSkew_Fails()
    {
        var claims = _auth.ChannelClaims();
        claims["nbf"] = _auth.Clock.GetUtcNow().AddMinutes(6).ToUnixTimeSeconds();

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateChannelAsync(claims), "not valid yet");
    }

    [Fact]
    public async Task Authenticate_WrongAudience_Fails()
    {
        var claims = TestTokens.ChannelClaims(_auth.Clock.GetUtcNow(), AuthenticatorHarness.ServiceUrl, audience: "another-bot-id");

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateChannelAsync(claims), "audience");
    }

    [Theory]
    [InlineData("https://api.botframework.com.evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("https://sts.windows.net/00000000-0000-0000-0000-000000000bad/")]
    [InlineData("")]
    public async Task Authenticate_UnknownIssuer_FailsWithoutFetchingKeys(string issuer)
    {
        var claims = _auth.ChannelClaims();
        claims["iss"] = issuer;

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateChannelAsync(claims), "issuer");
        Assert.Equal(0, _auth.Channel.MetadataRequests + _auth.Entra.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_AlgNone_Fails()
    {
        var token = TestTokens.Unsigned(_auth.ChannelClaims(), _auth.ChannelKey.KeyId);

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(TestTokens.Bearer(token)), "algorithm 'none'");
    }

    [Fact]
    public async Task Authenticate_Hs256SignedWithThePublicKey_Fails()
    {
        var token = TestTokens.HmacWithPublicKey(_auth.ChannelKey, _auth.ChannelClaims());

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(TestTokens.Bearer(token)), "algorithm 'HS256'");
    }

    [Fact]
    public async Task Authenticate_TamperedPayload_Fails()
    {
        var signed = TestTokens.Sign(_auth.ChannelKey, _auth.ChannelClaims());
        var forged = _auth.ChannelClaims();
        forged["serviceurl"] = "https://attacker.example/";

        var result = await _auth.AuthenticateAsync(TestTokens.Bearer(TestTokens.WithPayload(signed, forged)),
            AuthenticatorHarness.Activity(serviceUrl: "https://attacker.example/"));

        AuthenticatorHarness.AssertFailed(result, "signature");
    }

    [Fact]
    public async Task Authenticate_SignedByAnotherKeyWithAKnownKid_Fails()
    {
        using var impostor = new TestSigningKey(_auth.ChannelKey.KeyId, "msteams");
        var token = TestTokens.Sign(impostor, _auth.ChannelClaims());

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(TestTokens.Bearer(token)), "signature");
    }

    [Fact]
    public async Task Authenticate_ServiceUrlMismatch_Fails()
    {
        var result = await _auth.AuthenticateChannelAsync(_auth.ChannelClaims(),
            AuthenticatorHarness.Activity(serviceUrl: "https://smba.trafficmanager.net/emea/"));

        AuthenticatorHarness.AssertFailed(result, "serviceUrl");
    }

    [Fact]
    public async Task Authenticate_NoServiceUrlClaim_Fails()
    {
        var claims = _auth.ChannelClaims();
        claims.Remove("serviceurl");

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateChannelAsync(claims), "serviceurl claim");
    }

    [Theory]
    [InlineData("https://SMBA.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Authenticate_ServiceUrlDiffersOnlyInCaseOrFinalSlash_Succeeds(string activityServiceUrl)
    {
        var result = await _auth.AuthenticateChannelAsync(_auth.ChannelClaims(), AuthenticatorHarness.Activity(serviceUrl: activityServiceUrl));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("directline")]
    [InlineData("")]
    public async Task Authenticate_KeyNotEndorsedForTheChannel_Fails(string channelId)
    {
        var result = await _auth.AuthenticateChannelAsync(_auth.ChannelClaims(), AuthenticatorHarness.Activity(channelId: channelId));

        AuthenticatorHarness.AssertFailed(result, "not endorsed");
    }

    [Fact]
    public async Task Authenticate_GovernmentChannelIssuer_UsesTheGovernmentKeys()
    {
        using var govKey = new TestSigningKey("gov-key-1", "msteams");
        _auth.Settings.GovernmentChannelOpenIdMetadataUrl = server.Publish(govKey).MetadataUrl;
        var claims = _auth.ChannelClaims();
        claims["iss"] = "https://api.botframework.us";

        var govSigned = await _auth.AuthenticateAsync(TestTokens.Bearer(TestTokens.Sign(govKey, claims)));
        var publicSigned = await _auth.AuthenticateAsync(TestTokens.Bearer(TestTokens.Sign(_auth.ChannelKey, claims)));

        Assert.True(govSigned.Succeeded, govSigned.FailureReason);
        AuthenticatorHarness.AssertFailed(publicSigned, "unknown");
    }
}
