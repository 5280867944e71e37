using System.Text.Json;
using EmulationBot.Protocol.Auth;

namespace EmulationBot.Tests.Protocol.Auth;

public class TokenRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    private static JwtClaims Claims(object payload) => new(JsonSerializer.SerializeToElement(payload));

    [Theory]
    [InlineData(-299, true)]
    [InlineData(-300, false)]
    [InlineData(3600, true)]
    public void Lifetime_ExpiryAroundTheSkew_ValidOnlyWithinIt(int expiresInSeconds, bool valid)
    {
        var failure = TokenRules.Lifetime(Claims(new { exp = Now.AddSeconds(expiresInSeconds).ToUnixTimeSeconds() }), Now, Skew);

        Assert.Equal(valid, failure is null);
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void Lifetime_NotBeforeAroundTheSkew_ValidOnlyWithinIt(int validInSeconds, bool valid)
    {
        var claims = Claims(new { nbf = Now.AddSeconds(validInSeconds).ToUnixTimeSeconds(), exp = Now.AddHours(1).ToUnixTimeSeconds() });

        Assert.Equal(valid, TokenRules.Lifetime(claims, Now, Skew) is null);
    }

    [Fact]
    public void Lifetime_ExpiryAsAString_IsRefused()
    {
        Assert.NotNull(TokenRules.Lifetime(Claims(new { exp = "99999999999" }), Now, Skew));
    }

    [Theory]
    [InlineData("RS256", true)]
    [InlineData("rs256", false)]
    [InlineData("RS384", false)]
    [InlineData("HS256", false)]
    [InlineData("none", false)]
    [InlineData(null, false)]
    public void Algorithm_AnythingButRs256_IsRefused(string? algorithm, bool allowed)
    {
        Assert.Equal(allowed, TokenRules.Algorithm(algorithm) is null);
    }

    [Fact]
    public void Audience_StringOrArray_MustContainTheBot()
    {
        Assert.Null(TokenRules.Audience(Claims(new { aud = new[] { "other", "bot-id" } }), "bot-id"));
        Assert.NotNull(TokenRules.Audience(Claims(new { aud = new[] { "other" } }), "bot-id"));
        Assert.NotNull(TokenRules.Audience(Claims(new { }), "bot-id"));
    }

    [Fact]
    public void ServiceUrl_ActivityWithoutServiceUrl_Fails()
    {
        Assert.NotNull(TokenRules.ServiceUrl(Claims(new { serviceurl = "https://smba.trafficmanager.net/amer/" }), null));
    }

    [Theory]
    [InlineData(null, "appid")]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public void EntraIdentity_Version_PicksTheClientClaimAndChecksTheTenant(string? version, string clientClaim)
    {
        var payload = new Dictionary<string, string> { [clientClaim] = "bot-id", ["tid"] = "tenant-1" };
        if (version is not null) payload["ver"] = version;

        Assert.Null(TokenRules.EntraIdentity(Claims(payload), "bot-id", "tenant-1"));
        Assert.NotNull(TokenRules.EntraIdentity(Claims(payload), "bot-id", "tenant-2"));
    }
}
