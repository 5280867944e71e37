using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol.Auth;

public sealed class SigningKeyCacheTests(OpenIdTestServer server) : IClassFixture<OpenIdTestServer>, IDisposable
{
    private readonly AuthenticatorHarness _auth = new(server);

    public void Dispose() => _auth.Dispose();

    [Fact]
    public async Task Authenticate_ManyTokens_FetchesTheKeysOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);
        }

        Assert.Equal(1, _auth.Channel.MetadataRequests);
        Assert.Equal(1, _auth.Channel.KeyRequests);
        Assert.Equal(0, _auth.Entra.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_UnknownKid_RefreshesOnceThenNotAgainWithinFiveMinutes()
    {
        Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);
        var unknownKid = TestTokens.Bearer(TestTokens.Sign(_auth.ChannelKey, _auth.ChannelClaims(), kid: "no-such-key"));

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(unknownKid), "unknown");
        Assert.Equal(2, _auth.Channel.KeyRequests);

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(unknownKid), "unknown");
        _auth.Clock.Advance(TimeSpan.FromMinutes(4));
        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(unknownKid), "unknown");
        Assert.Equal(2, _auth.Channel.KeyRequests);

        _auth.Clock.Advance(TimeSpan.FromMinutes(1));
        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(unknownKid), "unknown");
        Assert.Equal(3, _auth.Channel.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_UnknownKidOnAnEmptyCache_FetchesOnlyOnce()
    {
        var unknownKid = TestTokens.Bearer(TestTokens.Sign(_auth.ChannelKey, _auth.ChannelClaims(), kid: "no-such-key"));

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateAsync(unknownKid), "unknown");

        Assert.Equal(1, _auth.Channel.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_KeyRolledOver_NewKeyAcceptedAfterForcedRefresh()
    {
        Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);
        using var next = new TestSigningKey("channel-key-2", "msteams");
        _auth.Channel.Add(next);

        var result = await _auth.AuthenticateAsync(TestTokens.Bearer(TestTokens.Sign(next, _auth.ChannelClaims())));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, _auth.Channel.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_AfterTheRefreshInterval_FetchesTheKeysAgain()
    {
        Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);
        _auth.Clock.Advance(TimeSpan.FromHours(11));
        Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);
        Assert.Equal(1, _auth.Channel.MetadataRequests);

        _auth.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);

        Assert.Equal(2, _auth.Channel.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_RefreshInterval_IsConfigurable()
    {
        _auth.Settings.KeyRefreshInterval = TimeSpan.FromMinutes(30);
        Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);

        _auth.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);

        Assert.Equal(2, _auth.Channel.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_KeysEndpointDownAtFirstUse_FailsClosed()
    {
        _auth.Channel.Unavailable = true;

        AuthenticatorHarness.AssertFailed(await _auth.AuthenticateChannelAsync(_auth.ChannelClaims()), "unavailable");
    }

    [Fact]
    public async Task Authenticate_KeysEndpointDownAtRefresh_KeepsTheCachedKeys()
    {
        Assert.True((await _auth.AuthenticateChannelAsync(_auth.ChannelClaims())).Succeeded);
        _auth.Channel.Unavailable = true;
        _auth.Clock.Advance(TimeSpan.FromHours(12));

        var result = await _auth.AuthenticateChannelAsync(_auth.ChannelClaims());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, _auth.Channel.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_ConcurrentFirstRequests_ShareOneFetch()
    {
        var tokens = Enumerable.Range(0, 8).Select(_ => _auth.AuthenticateChannelAsync(_auth.ChannelClaims()));

        var results = await Task.WhenAll(tokens);

        Assert.All(results, r => Assert.True(r.Succeeded, r.FailureReason));
        Assert.Equal(1, _auth.Channel.KeyRequests);
    }
}
