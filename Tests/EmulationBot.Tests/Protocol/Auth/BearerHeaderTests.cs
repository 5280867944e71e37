using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol.Auth;

public sealed class BearerHeaderTests(OpenIdTestServer server) : IClassFixture<OpenIdTestServer>, IDisposable
{
    private readonly AuthenticatorHarness _auth = new(server);

    public void Dispose() => _auth.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Authenticate_NoBearerToken_Fails(string? header)
    {
        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(header), "no bearer token");
    }

    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("bearer {0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("{0}")]
    public async Task Authenticate_ValidTokenInAMalformedHeader_Fails(string format)
    {
        var token = TestTokens.Sign(_auth.ChannelKey, _auth.ChannelClaims());
        Assert.True((await _auth.AuthenticateAsync(TestTokens.Bearer(token))).Succeeded);

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(string.Format(format, token)), "no bearer token");
    }

    [Fact]
    public async Task Authenticate_TwoPartToken_Fails()
    {
        var token = TestTokens.Sign(_auth.ChannelKey, _auth.ChannelClaims());
        var twoParts = token[..token.LastIndexOf('.')];

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(TestTokens.Bearer(twoParts)), "three parts");
    }

    [Theory]
    [InlineData("not-a-jwt-at-all")]
    [InlineData("a.b.c.d.e")]
    [InlineData("!!!.@@@.###")]
    [InlineData("e30.W10.")]
    public async Task Authenticate_GarbageToken_Fails(string token)
    {
        var result = await _auth.AuthenticateAsync(TestTokens.Bearer(token));

        Assert.False(result.Succeeded);
        Assert.Equal(0, _auth.Channel.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_OversizedToken_FailsBeforeParsing()
    {
        var claims = _auth.ChannelClaims();
        claims["padding"] = new string('x', 20_000);

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateChannelAsync(claims), "too long");
    }
}
