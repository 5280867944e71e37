using EmulationBot.Protocol.Auth;

namespace EmulationBot.Tests.Protocol.Auth;

public class TokenIssuerTests
{
    private static readonly BotFrameworkAuthenticationOptions Options = new()
    {
        ChannelOpenIdMetadataUrl = "https://channel.test/meta",
        GovernmentChannelOpenIdMetadataUrl = "https://gov.test/meta",
        EntraOpenIdMetadataUrl = "https://entra.test/meta",
        AdditionalTenantIds = ["aaaaaaaa-0000-4000-8000-000000000001"],
    };

    [Theory]
    [InlineData("https://api.botframework.com", "https://channel.test/meta")]
    [InlineData("https://api.botframework.us", "https://gov.test/meta")]
    public void Classify_ChannelIssuer_UsesItsChannelMetadata(string issuer, string metadataUrl)
    {
        var classified = TokenIssuer.Classify(issuer, Options, botTenantId: null);

        Assert.Equal(new TokenIssuer(TokenIssuerKind.Channel, metadataUrl), classified);
    }

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", "f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData("https://login.microsoftonline.com/69e9b82d-4842-4902-8d1e-abc5b98a55e8/v2.0", "69e9b82d-4842-4902-8d1e-abc5b98a55e8")]
    [InlineData("https://sts.windows.net/bbbbbbbb-0000-4000-8000-000000000002/", "bbbbbbbb-0000-4000-8000-000000000002")]
    [InlineData("https://sts.windows.net/aaaaaaaa-0000-4000-8000-000000000001/", "aaaaaaaa-0000-4000-8000-000000000001")]
    public void Classify_EntraIssuerOfAnAllowedTenant_UsesEntraMetadata(string issuer, string tenant)
    {
        var classified = TokenIssuer.Classify(issuer, Options, botTenantId: "bbbbbbbb-0000-4000-8000-000000000002");

        Assert.Equal(new TokenIssuer(TokenIssuerKind.Entra, "https://entra.test/meta", tenant), classified);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("HTTPS://API.BOTFRAMEWORK.COM")]
    [InlineData("http://api.botframework.com")]
    [InlineData("https://sts.windows.net/cccccccc-0000-4000-8000-000000000003/")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://sts.windows.net/not-a-guid/")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0/extra")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/../evil/v2.0")]
    public void Classify_AnyOtherIssuer_IsRefused(string? issuer)
    {
        Assert.Null(TokenIssuer.Classify(issuer, Options, botTenantId: "bbbbbbbb-0000-4000-8000-000000000002"));
    }
}
