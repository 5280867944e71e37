using EmulationBot.Protocol.Auth;
using EmulationBot.Protocol.Connector;

namespace EmulationBot.Tests.Protocol.Connector;

public class BotTokenPlanTests
{
    private const string AppId = "7a1b2c3d-0000-4000-8000-00000000b07a";
    private const string Tenant = "3c1e5a2b-7777-4bbb-9ccc-0123456789ab";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MultiTenant")]
    [InlineData("multitenant")]
    public void For_MultiTenant_UsesTheBotFrameworkTenant(string? appType)
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppType = appType, MicrosoftAppTenantId = Tenant });

        Assert.Equal(new BotTokenPlan(BotCredentialKind.ClientSecret, AppId,
            "https://login.microsoftonline.com/botframework.com", "https://api.botframework.com/.default"), plan);
    }

    [Fact]
    public void For_SingleTenant_UsesTheBotsHomeTenant()
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = Tenant });

        Assert.Equal(new BotTokenPlan(BotCredentialKind.ClientSecret, AppId,
            $"https://login.microsoftonline.com/{Tenant}", "https://api.botframework.com/.default"), plan);
    }

    [Fact]
    public void For_UserAssignedManagedIdentity_AsksForTheConnectorResource()
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppType = "UserAssignedMSI", MicrosoftAppTenantId = Tenant });

        Assert.Equal(new BotTokenPlan(BotCredentialKind.ManagedIdentity, AppId, null, "https://api.botframework.com"), plan);
    }

    [Theory]
    [InlineData("MultiTenant", "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us", "https://api.botframework.us/.default")]
    [InlineData("SingleTenant", "https://login.microsoftonline.us/" + Tenant, "https://api.botframework.us/.default")]
    [InlineData("UserAssignedMSI", null, "https://api.botframework.us")]
    public void For_UsGovernment_UsesTheGovernmentLoginAndConnector(string appType, string? authority, string target)
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions
        {
            MicrosoftAppId = AppId, MicrosoftAppType = appType, MicrosoftAppTenantId = Tenant, ChannelService = "https://botframework.azure.us/",
        });

        Assert.Equal((authority, target), (plan.Authority, plan.Target));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("https://botframework.azure.us", 0)]
    [InlineData("https://botframework.azure.cn", 1)]
    public void Validate_ChannelService_OnlyPublicOrUsGovernment(string? channelService, int problems)
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "x", ChannelService = channelService };

        Assert.Equal(problems, options.Validate(isDevelopment: false).Count);
    }

    [Fact]
    public void For_SingleTenantWithoutTenant_NamesTheMissingSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            BotTokenPlan.For(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppType = "SingleTenant" }));

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public void For_UnknownAppType_NamesIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            BotTokenPlan.For(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppType = "SystemAssignedMSI" }));

        Assert.Contains("SystemAssignedMSI", error.Message);
    }
}
