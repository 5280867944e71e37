using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol;

public class HostStartupTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Test")]
    public void Start_OutsideDevelopmentWithoutAppId_FailsNamingMicrosoftAppId(string environment)
    {
        using var factory = new BotWebApplicationFactory(environment);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppId", error.Message);
    }

    [Fact]
    public void Start_SingleTenantWithoutTenant_FailsNamingMicrosoftAppTenantId()
    {
        using var factory = new BotWebApplicationFactory("Production", new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "secret", ["MicrosoftAppType"] = "SingleTenant",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public async Task Start_DevelopmentWithoutAppId_ServesHealth()
    {
        await using var factory = new BotWebApplicationFactory();

        using var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
