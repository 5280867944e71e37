using System.Net;
using EmulationBot.Protocol.Auth;
using EmulationBot.Protocol.Connector;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace EmulationBot.Tests.Protocol.Connector;

public class MsalTokenProviderTests
{
    private const string AppId = "7a1b2c3d-0000-4000-8000-00000000b07a";
    private const string Secret = "s3cr3t~value-that-must-never-leak";
    private readonly RecordingHttpHandler _identity = new();

    public MsalTokenProviderTests()
    {
        _identity.Responder = (request, n, _) => Task.FromResult(
            request.Uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                ? RecordingHttpHandler.Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":3600,"access_token":"connector-token-{{n}}"}""")
                : new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    private MsalTokenProvider Provider(string appType = "MultiTenant", string? tenant = null, string? channelService = null) =>
        new(Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = AppId, MicrosoftAppPassword = Secret, MicrosoftAppType = appType, MicrosoftAppTenantId = tenant,
            ChannelService = channelService,
        }), new HttpClientFactory(_identity));

    [Fact]
    public async Task GetToken_UsGovernment_AsksTheGovernmentLoginForTheGovernmentConnector()
    {
        await Provider(channelService: "https://botframework.azure.us").GetTokenAsync(CancellationToken.None);

        var request = Assert.Single(_identity.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path), ignoreCase: true);
        Assert.Equal("https://api.botframework.us/.default", System.Web.HttpUtility.ParseQueryString(request.Body!)["scope"]);
    }

    [Fact]
    public async Task GetToken_MultiTenant_AsksBotFrameworkTenantForTheConnectorScope()
    {
        var token = await Provider().GetTokenAsync(CancellationToken.None);

        Assert.Equal("connector-token-1", token);
        var request = Assert.Single(_identity.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        var form = System.Web.HttpUtility.ParseQueryString(request.Body!);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task GetToken_SingleTenant_AsksTheHomeTenant()
    {
        await Provider("SingleTenant", "3c1e5a2b-7777-4bbb-9ccc-0123456789ab").GetTokenAsync(CancellationToken.None);

        var request = Assert.Single(_identity.Requests, r => r.Method == HttpMethod.Post);
        Assert.StartsWith("https://login.microsoftonline.com/3c1e5a2b-7777-4bbb-9ccc-0123456789ab/", request.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task GetToken_Twice_IsServedFromMsalsCache()
    {
        var provider = Provider();

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_identity.Requests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task GetToken_WrongSecret_ThrowsAClearErrorWithoutTheSecret()
    {
        _identity.Responder = (_, _, _) => Task.FromResult(RecordingHttpHandler.Json(HttpStatusCode.Unauthorized,
            """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}"""));

        var error = await Assert.ThrowsAsync<BotTokenException>(() => Provider().GetTokenAsync(CancellationToken.None));

        Assert.Contains("invalid_client", error.Message);
        Assert.Contains(AppId, error.Message);
        Assert.DoesNotContain(Secret, error.ToString());
    }

    [Fact]
    public async Task GetToken_UserAssignedManagedIdentity_AsksTheIdentityEndpointForTheConnectorResource()
    {
        _identity.Responder = (request, _, _) => Task.FromResult(request.Uri.AbsolutePath.EndsWith("/oauth2/token", StringComparison.Ordinal)
            ? RecordingHttpHandler.Json(HttpStatusCode.OK,
                $$"""{"access_token":"msi-token","expires_on":"{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"{{AppId}}"}""")
            : new HttpResponseMessage(HttpStatusCode.NotFound));

        var token = await Provider("UserAssignedMSI", "3c1e5a2b-7777-4bbb-9ccc-0123456789ab").GetTokenAsync(CancellationToken.None);

        Assert.Equal("msi-token", token);
        var request = Assert.Single(_identity.Requests, r => r.Uri.AbsolutePath.EndsWith("/oauth2/token", StringComparison.Ordinal));
        var query = System.Web.HttpUtility.ParseQueryString(request.Uri.Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(AppId, query["client_id"]);
        Assert.Null(request.Body);
    }

    private sealed class HttpClientFactory(HttpMessageHandler handler) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => new(handler, disposeHandler: false);
    }
}
